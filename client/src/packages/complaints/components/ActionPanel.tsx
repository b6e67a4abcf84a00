import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  COMPLAINT_ACTION_LABELS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  complaintActionBodySchema,
  complaintsApi,
  type ComplaintAction,
  type ComplaintDetail,
  type Satisfaction,
} from '@wuxie/shared/complaints';
import { useEffect, useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import { Button, Input, Switch } from '@/ui';
import PhotoPicker, { type PickedPhoto } from './PhotoPicker';
import './panel.css';

/** What the button says for each action, by who is looking. */
const BUTTON: Partial<Record<ComplaintAction, string>> = {
  follow_up: '评价处理结果',
  handle: '接单办理',
  reply: '回复居民',
  resolve: '标记处理完毕',
};

interface Props {
  detail: ComplaintDetail;
  onDone: (next: ComplaintDetail) => void;
}

interface Form {
  note: string;
  satisfaction: Satisfaction | '';
  companyId: number | null;
  photos: PickedPhoto[];
  visibleToCompany: boolean;
}

const EMPTY: Form = { note: '', satisfaction: '', companyId: null, photos: [], visibleToCompany: true };

function bodyFor(action: ComplaintAction, f: Form, version: number): Record<string, unknown> {
  const note = f.note.trim();
  switch (action) {
    case 'reject':
      return { action, reason: note, version };
    case 'reply':
      return { action, reply: note, photoKeys: f.photos.map((p) => p.key), version };
    case 'follow_up':
      return { action, satisfaction: f.satisfaction || undefined, comment: note, version };
    case 'assign':
      return { action, ...(f.companyId ? { companyId: f.companyId } : {}), ...(note ? { note } : {}), version };
    case 'reassign':
      return { action, companyId: f.companyId ?? undefined, note, version };
    case 'remark':
      return { action, note, visibleToCompany: f.visibleToCompany, version };
    default:
      return { action, ...(note ? { note } : {}), version };
  }
}

const NOTE_LABEL: Partial<Record<ComplaintAction, string>> = {
  accept: '受理意见（选填）',
  reject: '不予受理的理由（居民可见）',
  assign: '派单说明（选填）',
  reassign: '改派理由',
  handle: '接单说明（选填）',
  reply: '回复内容（处理情况）',
  resolve: '处理结果说明（选填）',
  follow_up: '评价说明（不满意时必填）',
  mediate: '调解说明（选填）',
  close: '结案意见',
  urge: '催办留言（选填）',
  remark: '备注内容',
};

/** The actions the shared state machine allows this viewer now, each with just the fields it needs. */
export default function ActionPanel({ detail, onDone }: Props) {
  const [active, setActive] = useState<ComplaintAction | null>(null);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [companies, setCompanies] = useState<{ id: number; name: string }[]>([]);
  const [companyQuery, setCompanyQuery] = useState('');
  const actions = detail.allowedActions;

  useEffect(() => {
    if (active !== 'assign' && active !== 'reassign') return;
    const timer = setTimeout(
      () =>
        void api
          .call(complaintsApi.companies, { query: { q: companyQuery.trim() } })
          .then(setCompanies, (e: unknown) => setError(messageOf(e))),
      250,
    );
    return () => clearTimeout(timer);
  }, [active, companyQuery]);

  const urgeHint =
    !actions.includes('urge') &&
    detail.viewerRoles.includes('resident') &&
    ['submitted', 'accepted', 'assigned', 'reopened'].includes(detail.status)
      ? detail.urge.reason
      : null;
  if (actions.length === 0 && !urgeHint) return null;

  const run = async () => {
    if (!active || busy) return;
    const parsed = complaintActionBodySchema.safeParse(bodyFor(active, form, detail.version));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请检查填写的内容');
      return;
    }
    setBusy(true);
    try {
      const next = await api.call(complaintsApi.act, { params: { id: detail.id }, body: parsed.data });
      void Taro.showToast({ title: `已${COMPLAINT_ACTION_LABELS[active]}`, icon: 'success' });
      setActive(null);
      setForm(EMPTY);
      setError(undefined);
      onDone(next);
    } catch (err) {
      setError(messageOf(err)); // what was typed stays in the form
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setError(undefined);
  };

  return (
    <View className="section card panel">
      <Text className="panel__title">办理</Text>
      <View className="panel__buttons">
        {actions.map((a) => (
          <Button
            key={a}
            size="small"
            type={active === a ? 'primary' : 'default'}
            className={`panel-action panel-action--${a}`}
            onClick={() => {
              setActive(a);
              setError(undefined);
            }}
          >
            {BUTTON[a] ?? COMPLAINT_ACTION_LABELS[a]}
          </Button>
        ))}
      </View>
      {urgeHint && <Text className="muted">催办：{urgeHint}</Text>}
      {active && (
        <View className="panel__form">
          {active === 'follow_up' && (
            <View className="panel__chips">
              {SATISFACTIONS.map((s) => (
                <Text
                  key={s}
                  className={`cf__chip panel-rating panel-rating--${s} ${form.satisfaction === s ? 'cf__chip--on' : ''}`}
                  onClick={() => set({ satisfaction: s })}
                >
                  {SATISFACTION_LABELS[s]}
                </Text>
              ))}
            </View>
          )}
          {(active === 'assign' || active === 'reassign') && (
            <View className="stack" style={{ gap: '6px' }}>
              <Input
                name="companySearch"
                className="cf__input"
                placeholder={active === 'assign' ? '默认派给小区的物业企业；可搜索其他企业' : '搜索要改派的企业'}
                value={companyQuery}
                onChange={setCompanyQuery}
              />
              <View className="cf__options">
                {companies.map((c) => (
                  <Text
                    key={c.id}
                    className={`cf__option ${form.companyId === c.id ? 'cf__option--on' : ''}`}
                    onClick={() => set({ companyId: c.id })}
                  >
                    {c.name}
                    {c.id === detail.companyId ? '（当前）' : ''}
                  </Text>
                ))}
              </View>
            </View>
          )}
          <Text className="cf__label">{NOTE_LABEL[active] ?? '说明'}</Text>
          <Textarea
            className="cf__textarea panel__note"
            name="note"
            value={form.note}
            maxlength={active === 'reply' ? 2000 : 500}
            onInput={(e) => set({ note: e.detail.value })}
          />
          {active === 'reply' && <PhotoPicker value={form.photos} purpose="complaint_reply" onChange={(photos) => set({ photos })} />}
          {active === 'remark' && detail.viewerRoles.includes('staff') && (
            <View className="cf__switch">
              <Text>物业企业可见</Text>
              <Switch checked={form.visibleToCompany} onChange={(on) => set({ visibleToCompany: on })} />
            </View>
          )}
          {error && <Text className="form-error panel__error">{error}</Text>}
          <View className="row">
            <Button type="primary" loading={busy} className="panel-confirm" onClick={() => void run()}>
              确认{COMPLAINT_ACTION_LABELS[active]}
            </Button>
            <Button fill="none" onClick={() => setActive(null)}>
              取消
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
