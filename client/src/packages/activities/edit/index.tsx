import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  AUDIENCES,
  AUDIENCE_LABELS,
  CANCEL_RULES,
  CANCEL_RULE_LABELS,
  activitiesApi,
  activityInputSchema,
} from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import { ApiRequestError, messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { routeUrl } from '@/routes';
import { Button, Input, Switch } from '@/ui';
import { draftOf, emptyDraft, inputOf, type ActivityDraft } from './form';
import '../activities.css';

// Without an id the page creates an activity; with one it edits that activity.
const EDIT_PARAMS = activitiesApi.getActivity.params.partial();

type Errors = Partial<Record<keyof ActivityDraft | 'capacity' | 'extraFields', string>>;

function Chips<T extends string>({
  options,
  labels,
  value,
  onChange,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <View className="ad-chips">
      {options.map((o) => (
        <Text key={o} className={`ad-chip ${value === o ? 'ad-chip--on' : ''}`} onClick={() => onChange(o)}>
          {labels[o]}
        </Text>
      ))}
    </View>
  );
}

/** 新建/编辑活动 (staff): checked with the shared schema before sending; saved as a draft until published. */
export default function EditActivityPage() {
  const access = useRouteGuard('activityEdit');
  const route = useRouteParams(EDIT_PARAMS);
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="activityEdit" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  const id = route.params.id;
  return <PageShell>{id === undefined ? <ActivityForm id={null} initial={emptyDraft()} /> : <StoredActivityForm id={id} />}</PageShell>;
}

function StoredActivityForm({ id }: { id: number }) {
  const stored = useResource(() => api.call(activitiesApi.getActivity, { params: { id } }), [id], { reloadOnShow: false });
  return (
    <ResourceState resource={stored} rows={3}>
      {(activity) => <ActivityForm id={id} initial={draftOf(activity)} />}
    </ResourceState>
  );
}

function ActivityForm({ id, initial }: { id: number | null; initial: ActivityDraft }) {
  const [draft, setDraft] = useState<ActivityDraft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<ActivityDraft>) => {
    setDraft({ ...draft, ...patch });
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) }));
  };
  const text = (key: keyof ActivityDraft, label: string, placeholder: string, required = true) => (
    <View className="ad-field">
      <Text className={`ad-label ${required ? 'ad-label--required' : ''}`}>{label}</Text>
      <Input name={key} className="ad-input" placeholder={placeholder} value={String(draft[key])} onChange={(v) => set({ [key]: v })} />
      {errors[key] && <Text className="field-error">{errors[key]}</Text>}
    </View>
  );

  const save = async () => {
    const body = inputOf(draft);
    const parsed = activityInputSchema.safeParse(body);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '') as keyof Errors;
        found[key] ??= issue.path[0] === 'capacity' && Number.isNaN(body.capacity) ? '名额应为整数' : issue.message;
      }
      setErrors(found);
      void Taro.showToast({ title: '有几处需要修改', icon: 'none' });
      return;
    }
    setBusy(true);
    try {
      const savedId = id ?? (await api.call(activitiesApi.createActivity, { body })).id;
      if (id !== null) await api.call(activitiesApi.updateActivity, { params: { id }, body });
      void Taro.showToast({ title: id === null ? '已保存为草稿' : '已保存', icon: 'none' });
      void Taro.redirectTo({ url: routeUrl('activityDetail', { id: savedId }) });
    } catch (err) {
      if (err instanceof ApiRequestError) setErrors(Object.fromEntries(err.issues.map((i) => [i.path.split('.')[0] ?? '', i.message])));
      void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="section card">
        <View className="ad-field">
          <Text className="ad-label ad-label--required">类型</Text>
          <Chips
            options={ACTIVITY_TYPES}
            labels={ACTIVITY_TYPE_LABELS}
            value={draft.type}
            onChange={(type) => set({ type, collectIdNumber: type === 'exam' ? true : draft.collectIdNumber })}
          />
        </View>
        {text('title', '标题', '如：物业服务标准化培训（第 3 期）')}
        {draft.type === 'online_training' ? text('onlineUrl', '线上参加链接', 'https://…') : text('place', '地点', '如：协会三楼会议室')}
        {text('startAt', '开始时间', 'YYYY-MM-DD HH:mm')}
        {text('endAt', '结束时间', 'YYYY-MM-DD HH:mm')}
        {text('signupStartAt', '报名开始', 'YYYY-MM-DD HH:mm')}
        {text('signupEndAt', '报名截止（不晚于开始时间）', 'YYYY-MM-DD HH:mm')}
        {text('capacity', '名额', '整数')}
        <View className="ad-field ad-switch-row">
          <Text className="ad-label" style={{ flex: 1 }}>
            名额满后开放候补
          </Text>
          <Switch checked={draft.waitlistEnabled} onChange={(v) => set({ waitlistEnabled: v })} />
        </View>
        <View className="ad-field">
          <Text className="ad-label">报名对象</Text>
          <Chips options={AUDIENCES} labels={AUDIENCE_LABELS} value={draft.audience} onChange={(audience) => set({ audience })} />
        </View>
        <View className="ad-field">
          <Text className="ad-label">取消规则</Text>
          <Chips
            options={CANCEL_RULES}
            labels={CANCEL_RULE_LABELS}
            value={draft.cancelRule}
            onChange={(cancelRule) => set({ cancelRule })}
          />
        </View>
        <View className="ad-field ad-switch-row">
          <Text className="ad-label" style={{ flex: 1 }}>
            报名时收集身份证号（考试必需）
          </Text>
          <Switch checked={draft.collectIdNumber} onChange={(v) => set({ collectIdNumber: v })} />
        </View>
        <View className="ad-field">
          <Text className="ad-label">活动介绍</Text>
          <Textarea
            className="ad-textarea"
            maxlength={20000}
            value={draft.description}
            placeholder="对象、内容、需要携带的材料等"
            onInput={(e) => set({ description: e.detail.value })}
          />
          {errors.description && <Text className="field-error">{errors.description}</Text>}
        </View>
      </View>
      <View className="ad-actions">
        <Button type="primary" block loading={busy} disabled={busy} className="edit-save" onClick={() => void save()}>
          {id === null ? '保存草稿' : '保存修改'}
        </Button>
        <Text className="muted">时间按北京时间填写。保存后在详情页发布；名额增加时候补的人会按顺序自动递补。</Text>
      </View>
    </>
  );
}
