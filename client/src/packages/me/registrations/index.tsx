import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'
import { useRouteGuard } from '@/hooks/use-route-guard'

/** 我的报名 */
export default function Page() {
  const access = useRouteGuard('myRegistrations')
  const list = usePagedList(emptyFeed)
  if (access !== 'allow') return <PageShell />
  return (
    <PageShell>
      <PagedListView list={list} empty={{ title: '还没有报名记录', description: '报名的培训、考试和活动会显示在这里，签到时出示签到码' }} renderItem={() => null} />
    </PageShell>
  )
}
