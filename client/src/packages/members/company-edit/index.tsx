import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  companyInputSchema,
  membersApi,
  COMPANY_TYPES,
  COMPANY_TYPE_LABELS,
  MEMBERSHIP_LEVELS,
  MEMBERSHIP_LEVEL_LABELS,
} from '@wuxie/shared/members';
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
import { Button } from '@/ui';
import { Chips, TextField, firstIssues } from '../components';
import { creditCodeFeedback, draftOfCompany, emptyCompanyDraft, inputOfCompany, type CompanyDraft } from './form';
import '../members.css';

// Without an id the page adds a member company; with one it edits that company.
const EDIT_PARAMS = membersApi.updateCompany.params.partial();

/** 新增/编辑会员单位 (staff): the credit code is checked as it is typed, the whole form with the shared schema. */
export default function CompanyEditPage() {
  const access = useRouteGuard('memberCompanyEdit');
  const route = useRouteParams(EDIT_PARAMS);
  const id = route.ok ? (route.params.id ?? null) : null;
  const initial = useResource(
    async () => (id === null ? emptyCompanyDraft() : draftOfCompany(await api.call(membersApi.getCompany, { params: { id } }))),
    [id],
    { enabled: access === 'allow' && route.ok, reloadOnShow: false },
  );
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberCompanyEdit" access={access} />
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
      <ResourceState resource={initial} rows={3}>
        {(draft) => <CompanyForm id={id} initial={draft} />}
      </ResourceState>
    </PageShell>
  );
}

function CompanyForm({ id, initial }: { id: number | null; initial: CompanyDraft }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<CompanyDraft>) => {
    setDraft({ ...draft, ...patch });
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, ''])) }));
  };
  const code = creditCodeFeedback(draft.creditCode);

  const save = async () => {
    const body = inputOfCompany(draft);
    const parsed = companyInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(firstIssues(parsed.error.issues));
      void Taro.showToast({ title: '有几处需要修改', icon: 'none' });
      return;
    }
    setBusy(true);
    try {
      const saved =
        id === null
          ? await api.call(membersApi.createCompany, { body })
          : await api.call(membersApi.updateCompany, { params: { id }, body });
      void Taro.showToast({ title: '已保存', icon: 'none' });
      void Taro.redirectTo({ url: routeUrl('memberCompany', { id: saved.id }) });
    } catch (err) {
      if (err instanceof ApiRequestError) {
        setErrors(firstIssues(err.issues));
        // A 409 names the clash (credit code or name); show it on the form, where it stays.
        if (err.code === 'CONFLICT')
          setErrors({ [err.message.includes('信用代码') && !err.message.startsWith('单位名称') ? 'creditCode' : 'name']: err.message });
      }
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
          label="单位名称"
          required
          value={draft.name}
          onChange={(v) => set({ name: v })}
          placeholder="与营业执照一致的全称"
          error={errors.name}
          maxlength={60}
        />
        <TextField
          name="creditCode"
          label="统一社会信用代码"
          required
          value={draft.creditCode}
          onChange={(v) => set({ creditCode: v.toUpperCase() })}
          placeholder="18 位，营业执照上的代码"
          error={errors.creditCode || code.error}
          ok={code.ok}
          maxlength={20}
        />
        <View className="mb-field">
          <Text className="mb-label mb-label--required">单位类型</Text>
          <Chips
            name="type"
            options={COMPANY_TYPES}
            labels={COMPANY_TYPE_LABELS}
            value={draft.type}
            onChange={(v) => v && set({ type: v })}
          />
          {errors.type && <Text className="field-error">{errors.type}</Text>}
        </View>
        <View className="mb-field">
          <Text className="mb-label mb-label--required">会员等级</Text>
          <Chips
            name="level"
            options={MEMBERSHIP_LEVELS}
            labels={MEMBERSHIP_LEVEL_LABELS}
            value={draft.level}
            onChange={(v) => v && set({ level: v })}
          />
        </View>
        <TextField
          name="contactName"
          label="联系人"
          value={draft.contactName}
          onChange={(v) => set({ contactName: v })}
          error={errors.contactName}
          maxlength={20}
        />
        <TextField
          name="contactPhone"
          label="联系电话"
          value={draft.contactPhone}
          onChange={(v) => set({ contactPhone: v })}
          placeholder="手机号或 0554-1234567"
          error={errors.contactPhone}
        />
        <TextField
          name="address"
          label="地址"
          value={draft.address}
          onChange={(v) => set({ address: v })}
          error={errors.address}
          maxlength={120}
        />
        <View className="mb-field">
          <Text className="mb-label">单位简介</Text>
          <Textarea className="mb-textarea" value={draft.intro} maxlength={1000} onInput={(e) => set({ intro: e.detail.value })} />
          {errors.intro && <Text className="field-error">{errors.intro}</Text>}
        </View>
      </View>
      <View className="btn-wrap">
        <Button block type="primary" loading={busy} className="mb-save" onClick={() => void save()}>
          保存
        </Button>
      </View>
    </>
  );
}
