import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS, type ActivityStatus } from '@wuxie/shared/activities/activity-enums'
import type { ActivitySummary } from '@wuxie/shared/activities/activities.schemas'
import { useState } from 'react'
import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { EmptyState } from '@/components/StateView'
import { usePagedList } from '@/hooks/use-paged-list'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { go } from '@/lib/nav'
import ActivityCard from '@/pages/activities/ActivityCard'
import { activitiesApi } from '@/pages/activities/api'
import '@/pages/activities/index.css'
import { Button } from '@/ui'
import '../activities.css'

/** 活动管理: every activity by status (drafts included), and the way to create, check in and count. */
export default function ManagePage() {
  const access = useRouteGuard('activityManage')
  const [status, setStatus] = useState<ActivityStatus>('published')
  const list = usePagedList<ActivitySummary>(
    async (cursor) => {
      if (access !== 'allow') return { items: [], next: null }
      const page = await activitiesApi.list({ status, cursor: cursor ?? undefined, limit: 20 })
      return { items: page.items, next: page.nextCursor }
    },
    [status, access],
  )
  useDidShow(() => {
    if (list.status === 'ready') void list.reload()
  })
  if (access === 'forbidden') return <PageShell><EmptyState title='没有权限' description='活动管理只对协会工作人员开放' /></PageShell>
  if (access !== 'allow') return <PageShell />
  return (
    <PageShell>
      <View className='section activity-tools'>
        <Button type='primary' size='small' className='manage-new' onClick={() => go('activityEdit')}>新建活动</Button>
        <Button size='small' onClick={() => go('activityCheckIn')}>扫码签到</Button>
        <Button size='small' onClick={() => go('activityFigures')}>活动统计</Button>
        <Button size='small' onClick={() => go('certificateVerify')}>证书查验</Button>
      </View>
      <View className='section card activity-filter-row'>
        {ACTIVITY_STATUSES.map((s) => (
          <Text key={s} className={`activity-filter ${status === s ? 'activity-filter--on' : ''}`} onClick={() => setStatus(s)}>
            {ACTIVITY_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      <PagedListView list={list} empty={{ title: `没有${ACTIVITY_STATUS_LABELS[status]}的活动` }} renderItem={(item) => <ActivityCard key={item.id} item={item} />} />
    </PageShell>
  )
}
