import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  complaintsApi,
  createComplaintSchema,
  type CommunityOption,
  type ComplaintCategory,
  type CreateComplaint,
} from '@wuxie/shared/complaints';
import { useEffect, useState } from 'react';
import { api } from '@/api';
import { ApiRequestError, messageOf } from '@/api/errors';
import { requestSubscriptions } from '@/api/subscribe';
import { taroStorage } from '@/api/taro-transport';
import PageShell from '@/components/PageShell';
import { ListSkeleton } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { serverFieldErrors, validateForm, type FieldErrors } from '@/lib/form';
import { routeUrl } from '@/routes';
import { useSession } from '@/stores';
import { Button, Input, Switch } from '@/ui';
import PhotoPicker, { type PickedPhoto } from '../components/PhotoPicker';
import { newIdempotencyKey } from '../lib/idempotency';
import './index.css';

interface Draft {
  category: ComplaintCategory | '';
  community: CommunityOption | null;
  title: string;
  description: string;
  photos: PickedPhoto[];
  contactPhone: string;
  allowContact: boolean;
  anonymous: boolean;
  /** Kept with the draft: a retry after a lost answer sends the same key and gets the first complaint back. */
  idempotencyKey: string;
}

const DRAFT_KEY = 'wuxie.complaint-draft';
type Field = keyof CreateComplaint;
const FIELDS: Field[] = ['category', 'communityId', 'title', 'description', 'photoKeys', 'contactPhone'];

function loadDraft(phone: string): Draft {
  const fresh: Draft = {
    category: '',
    community: null,
    title: '',
    description: '',
    photos: [],
    contactPhone: phone,
    allowContact: false,
    anonymous: false,
    idempotencyKey: newIdempotencyKey(),
  };
  const saved = taroStorage.get(DRAFT_KEY);
  if (!saved) return fresh;
  try {
    return { ...fresh, ...(JSON.parse(saved) as Partial<Draft>) };
  } catch {
    return fresh;
  }
}

/** 我要投诉: the filing form. Nothing typed is lost: the draft is kept on every change until the complaint is in. */
export default function NewComplaintPage() {
  const access = useRouteGuard('complaintNew');
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(session?.user.phone ?? ''));
  const [errors, setErrors] = useState<FieldErrors<CreateComplaint>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CommunityOption[]>([]);
  // Loaded with the page: WeChat's subscription request must be made in the tap, before any await.
  const subscription = useResource(() => api.call(complaintsApi.subscription), [], { enabled: access === 'allow', reloadOnShow: false });

  useEffect(() => {
    if (access !== 'allow') return;
    const timer = setTimeout(() => {
      api
        .call(complaintsApi.communities, { query: { q: query.trim() } })
        .then(setOptions, (err: unknown) => setErrors((e) => ({ ...e, communityId: messageOf(err) })));
    }, 250);
    return () => clearTimeout(timer);
  }, [query, access]);

  useEffect(() => taroStorage.set(DRAFT_KEY, JSON.stringify(draft)), [draft]);

  const update = (patch: Partial<Draft>, field?: Field) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (field) setErrors((e) => ({ ...e, [field]: undefined }));
    setFormError(undefined);
  };

  const submit = async () => {
    if (busy) return;
    const body = {
      category: draft.category || undefined,
      communityId: draft.community?.id,
      title: draft.title,
      description: draft.description,
      photoKeys: draft.photos.map((p) => p.key),
      contactPhone: draft.contactPhone,
      allowContact: draft.allowContact,
      anonymous: draft.anonymous,
    };
    const checked = validateForm(createComplaintSchema, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      void Taro.showToast({ title: '请按提示修改后再提交', icon: 'none' });
      return;
    }
    // Asked straight from the tap, before any await: WeChat shows the prompt only for a user gesture.
    const asked = requestSubscriptions({ complaint_progress: subscription.data?.templateId });
    setBusy(true);
    try {
      const complaint = await api.call(complaintsApi.submitComplaint, { body: { ...checked.data, idempotencyKey: draft.idempotencyKey } });
      taroStorage.remove(DRAFT_KEY);
      // Filing does not wait for the prompt; the detail opens once it is answered (redirecting under an open prompt could lose the answer).
      await asked;
      void Taro.showToast({ title: `已提交，编号 ${complaint.number}`, icon: 'none' });
      void Taro.redirectTo({ url: routeUrl('complaintDetail', { id: complaint.id }) });
    } catch (err) {
      const fieldErrors = serverFieldErrors<CreateComplaint>(err, FIELDS);
      setErrors(fieldErrors);
      if (!(err instanceof ApiRequestError) || Object.keys(fieldErrors).length === 0) setFormError(messageOf(err));
      else void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton rows={3} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="section card cf">
        <View className="cf__field">
          <Text className="cf__label cf__label--required">投诉类别</Text>
          <View className="cf__chips">
            {COMPLAINT_CATEGORIES.map((c) => (
              <Text
                key={c}
                className={`cf__chip ${draft.category === c ? 'cf__chip--on' : ''}`}
                onClick={() => update({ category: c }, 'category')}
              >
                {COMPLAINT_CATEGORY_LABELS[c]}
              </Text>
            ))}
          </View>
          {errors.category && <Text className="field-error">{errors.category}</Text>}
        </View>

        <View className="cf__field">
          <Text className="cf__label cf__label--required">小区（决定由哪家物业企业办理）</Text>
          {draft.community ? (
            <View className="cf__chosen">
              <View className="stack" style={{ gap: '2px' }}>
                <Text>{draft.community.name}</Text>
                <Text className="muted">
                  {draft.community.district} · {draft.community.companyName ?? '暂无物业企业，由协会派单'}
                </Text>
              </View>
              <Text className="muted" onClick={() => update({ community: null }, 'communityId')}>
                重选
              </Text>
            </View>
          ) : (
            <>
              <Input
                name="communitySearch"
                className="cf__input"
                placeholder="输入小区名称搜索"
                value={query}
                onChange={(v) => setQuery(v)}
                clearable
              />
              <View className="cf__options">
                {options.map((o) => (
                  <View key={o.id} className="cf__option" onClick={() => update({ community: o }, 'communityId')}>
                    <Text>{o.name}</Text>
                    <Text className="muted">
                      {o.district} · {o.companyName ?? '暂无物业企业'}
                    </Text>
                  </View>
                ))}
                {options.length === 0 && <Text className="muted cf__option">没有找到，换个关键字试试</Text>}
              </View>
            </>
          )}
          {errors.communityId && <Text className="field-error">{errors.communityId}</Text>}
        </View>

        <View className="cf__field">
          <Text className="cf__label cf__label--required">标题</Text>
          <Input
            name="title"
            className="cf__input"
            placeholder="一句话说明问题，如：电梯频繁故障困人"
            value={draft.title}
            maxLength={40}
            onChange={(v) => update({ title: v }, 'title')}
          />
          {errors.title && <Text className="field-error">{errors.title}</Text>}
        </View>

        <View className="cf__field">
          <Text className="cf__label cf__label--required">问题描述</Text>
          <Textarea
            className="cf__textarea"
            name="description"
            placeholder="请写清楚时间、地点（楼栋单元）和经过，以及希望怎样处理"
            value={draft.description}
            maxlength={2000}
            onInput={(e) => update({ description: e.detail.value }, 'description')}
          />
          <Text className="muted cf__count">{draft.description.length}/2000</Text>
          {errors.description && <Text className="field-error">{errors.description}</Text>}
        </View>

        <View className="cf__field">
          <Text className="cf__label">照片（最多 9 张，上传前压缩并去除位置信息）</Text>
          <PhotoPicker value={draft.photos} purpose="complaint_photo" onChange={(photos) => update({ photos }, 'photoKeys')} />
          {errors.photoKeys && <Text className="field-error">{errors.photoKeys}</Text>}
        </View>

        <View className="cf__field">
          <Text className="cf__label cf__label--required">联系电话</Text>
          <Input
            name="contactPhone"
            type="digit"
            className="cf__input"
            placeholder="11 位手机号"
            value={draft.contactPhone}
            maxLength={11}
            onChange={(v) => update({ contactPhone: v }, 'contactPhone')}
          />
          {errors.contactPhone && <Text className="field-error">{errors.contactPhone}</Text>}
        </View>

        <View className="cf__switch">
          <View className="stack" style={{ gap: '2px' }}>
            <Text>对物业企业隐藏我的身份</Text>
            <Text className="muted">企业看不到您的姓名和电话，协会仍可联系您</Text>
          </View>
          <Switch
            checked={draft.anonymous}
            ariaLabel="匿名"
            className="cf-anonymous"
            onChange={(on) => update({ anonymous: on, allowContact: on ? false : draft.allowContact })}
          />
        </View>
        {!draft.anonymous && (
          <View className="cf__switch">
            <View className="stack" style={{ gap: '2px' }}>
              <Text>允许物业企业电话联系我</Text>
              <Text className="muted">不允许时企业只看到打码的号码</Text>
            </View>
            <Switch checked={draft.allowContact} ariaLabel="允许联系" onChange={(on) => update({ allowContact: on })} />
          </View>
        )}
      </View>
      {formError && <Text className="form-error">{formError}</Text>}
      <View className="btn-wrap">
        <Button type="primary" block loading={busy} className="cf-submit" onClick={() => void submit()}>
          提交投诉
        </Button>
      </View>
    </PageShell>
  );
}
