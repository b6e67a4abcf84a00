import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'
import { useRouteGuard } from '@/hooks/use-route-guard'

/** 我的投诉 */
export default function Page() {
  const access = useRouteGuard('myComplaints')
  const list = usePagedList(emptyFeed)
  if (access !== 'allow') return <PageShell />
  return (
    <PageShell>
      <PagedListView list={list} empty={{ title: '还没有投诉记录', description: '在“投诉”页提交的投诉会显示在这里，可查看受理、办理和回访进度' }} renderItem={() => null} />
    </PageShell>
  )
}
