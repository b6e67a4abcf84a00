import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  OVERDUE_LABELS,
  SATISFACTION_LABELS,
  complaintsApi,
  type ComplaintDetail,
} from '@wuxie/shared/complaints';
import type { Photo } from '@wuxie/shared/uploads';
import { api } from '@/api';
import { shortTime } from '@/components/ComplaintCard';
import PageShell from '@/components/PageShell';
import { ListSkeleton, ResourceState, RouteState } from '@/components/StateView';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { useResource } from '@/hooks/use-resource';
import { Kv } from '@/ui';
import { uploadSrc } from '@/lib/news';
import ActionPanel from '../components/ActionPanel';
import '../components/photos.css';
import './index.css';

function Photos({ photos }: { photos: Photo[] }) {
  if (photos.length === 0) return null;
  const urls = photos.map((p) => uploadSrc(p.url, WUXIE_API_BASE) ?? p.url);
  return (
    <View className="photo-row">
      {urls.map((u) => (
        <Image key={u} className="photo-row__img" src={u} mode="aspectFill" onClick={() => void Taro.previewImage({ urls, current: u })} />
      ))}
    </View>
  );
}

/** 投诉详情: the complaint as this viewer may see it, the whole timeline, and what they can do now. */
export default function ComplaintDetailPage() {
  const access = useRouteGuard('complaintDetail');
  const route = useRouteParams(complaintsApi.getComplaint.params);
  const id = route.ok ? route.params.id : 0;
  const detail = useResource(() => api.call(complaintsApi.getComplaint, { params: { id } }), [id], {
    enabled: access === 'allow' && route.ok,
  });
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton rows={2} />
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
      <ResourceState resource={detail} rows={2}>
        {(d) => <ComplaintView d={d} onChanged={detail.set} />}
      </ResourceState>
    </PageShell>
  );
}

/** The complaint, what the viewer can do now, and its timeline. */
function ComplaintView({ d, onChanged }: { d: ComplaintDetail; onChanged: (next: ComplaintDetail) => void }) {
  const forDesk = d.viewerRoles.includes('company') || d.viewerRoles.includes('staff');
  const deadline =
    d.status === 'submitted'
      ? `受理期限 ${shortTime(d.acceptDueAt)}`
      : d.replyDueAt && ['accepted', 'assigned', 'reopened'].includes(d.status)
        ? `回复期限 ${shortTime(d.replyDueAt)}`
        : null;

  return (
    <>
      <View className="section card cd-head">
        <View className="complaint-card__head">
          <Text className="cd-head__title">{d.title}</Text>
          <Text className={`complaint-status complaint-status--${d.status} cd-status`}>{COMPLAINT_STATUS_LABELS[d.status]}</Text>
        </View>
        <View className="row">
          <Text className="chip">{COMPLAINT_CATEGORY_LABELS[d.category]}</Text>
          {d.overdue && <Text className="chip chip--warn">{OVERDUE_LABELS[d.overdue]}</Text>}
          {d.anonymous && <Text className="chip chip--grey">对企业匿名</Text>}
          {d.satisfaction && <Text className="chip chip--grey cd-satisfaction">{SATISFACTION_LABELS[d.satisfaction]}</Text>}
        </View>
        <Kv labelWidth={64} k="投诉编号" v={d.number} />
        <Kv labelWidth={64} k="小区" v={d.communityName} />
        <Kv labelWidth={64} k="物业企业" v={d.companyName} />
        <Kv labelWidth={64} k="提交时间" v={shortTime(d.createdAt)} />
        <Kv labelWidth={64} k="办理时限" v={deadline} />
        {forDesk && <Kv labelWidth={64} k="投诉人" v={d.residentName ?? (d.anonymous ? '匿名' : null)} />}
        {forDesk && <Kv labelWidth={64} k="联系电话" v={d.contactPhone ?? (d.anonymous ? '已隐藏' : null)} />}
      </View>

      <View className="section card stack" style={{ gap: '8px' }}>
        <Text className="cd-desc">{d.description}</Text>
        <Photos photos={d.photos} />
      </View>

      {d.rejectReason && (
        <View className="section card cd-reject">
          <Text className="hint">不予受理的理由：{d.rejectReason}</Text>
        </View>
      )}

      <ActionPanel detail={d} onDone={onChanged} />

      <Text className="section-title">办理过程</Text>
      <View className="section card tl">
        {[...d.timeline].reverse().map((e) => (
          <View key={e.id} className="tl__item">
            <View className="tl__dot" />
            <View className="tl__body">
              <Text className="tl__label">
                {e.label}
                {e.toStatus && e.fromStatus ? ` → ${COMPLAINT_STATUS_LABELS[e.toStatus]}` : ''}
              </Text>
              <Text className="muted">
                {e.actor} · {shortTime(e.createdAt)}
                {!e.visibleToCompany && d.viewerRoles.includes('staff') ? ' · 仅协会可见' : ''}
              </Text>
              {e.note && <Text className="tl__note">{e.note}</Text>}
              <Photos photos={e.photos} />
            </View>
          </View>
        ))}
      </View>
    </>
  );
}
