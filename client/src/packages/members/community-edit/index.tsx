import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { communityInputSchema, membersApi } from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import { ApiRequestError, messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button } from '@/ui';
import CompanyPicker from '../CompanyPicker';
import { TextField, firstIssues } from '../components';
import '../members.css';

interface Draft {
  name: string;
  district: string;
  address: string;
  company: { id: number; name: string } | null;
}

// With an id the page edits that community; without, it adds one, managed by `companyId` when given (from a company's communities).
const EDIT_PARAMS = membersApi.updateCommunity.params.partial().extend({ companyId: membersApi.listCommunities.query.shape.companyId });

/** The form's starting point: the community being edited, or a new one (managed by `companyId` when given). */
async function loadDraft(id: number | null, companyId: number | null): Promise<Draft> {
  if (id !== null) {
    // The list runs newest first below its cursor, so the one-row page below id + 1 is this community.
    const page = await api.call(membersApi.listCommunities, { query: { cursor: id + 1, limit: 1 } });
    const row = page.items.find((c) => c.id === id);
    if (!row) throw new ApiRequestError('NOT_FOUND', '小区不存在', 404);
    return { name: row.name, district: row.district, address: row.address, company: row.company };
  }
  const empty: Draft = { name: '', district: '', address: '', company: null };
  if (companyId === null) return empty;
  const c = await api.call(membersApi.getCompany, { params: { id: companyId } });
  return { ...empty, company: { id: c.id, name: c.name } };
}

/** 新增/编辑小区 (staff): name, district, address and the managing company. */
export default function CommunityEditPage() {
  const access = useRouteGuard('memberCommunityEdit');
  const route = useRouteParams(EDIT_PARAMS);
  const id = route.ok ? (route.params.id ?? null) : null;
  const companyId = route.ok ? (route.params.companyId ?? null) : null;
  const initial = useResource(() => loadDraft(id, companyId), [id, companyId], {
    enabled: access === 'allow' && route.ok,
    reloadOnShow: false,
  });
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberCommunityEdit" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={initial} rows={2}>
        {(draft) => <CommunityForm id={id} initial={draft} />}
      </ResourceState>
    </PageShell>
  );
}

function CommunityForm({ id, initial }: { id: number | null; initial: Draft }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setErrors({});
  };
  const save = async () => {
    const body = { name: draft.name, district: draft.district, address: draft.address, companyId: draft.company?.id ?? null };
    const parsed = communityInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(firstIssues(parsed.error.issues));
      return;
    }
    setBusy(true);
    try {
      if (id === null) await api.call(membersApi.createCommunity, { body });
      else await api.call(membersApi.updateCommunity, { params: { id }, body });
      void Taro.showToast({ title: '已保存', icon: 'none' });
      setTimeout(() => void Taro.navigateBack(), 600);
    } catch (err) {
      if (err instanceof ApiRequestError) setErrors(err.code === 'CONFLICT' ? { name: err.message } : firstIssues(err.issues));
      void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <View className="section card">
        <TextField
          name="name"
          label="小区名称"
          required
          value={draft.name}
          onChange={(v) => set({ name: v })}
          error={errors.name}
          maxlength={40}
        />
        <TextField
          name="district"
          label="所在区县"
          value={draft.district}
          onChange={(v) => set({ district: v })}
          placeholder="如 田家庵区"
          error={errors.district}
          maxlength={20}
        />
        <TextField
          name="address"
          label="地址"
          value={draft.address}
          onChange={(v) => set({ address: v })}
          error={errors.address}
          maxlength={120}
        />
        <CompanyPicker label="管理单位（物业企业）" value={draft.company} onChange={(company) => set({ company })} />
        {errors.companyId && <View className="field-error">{errors.companyId}</View>}
      </View>
      <View className="btn-wrap">
        <Button block type="primary" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </>
  );
}
