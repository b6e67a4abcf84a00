import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'
import { useRouteGuard } from '@/hooks/use-route-guard'

/** 我的证书 */
export default function Page() {
  const access = useRouteGuard('myCertificates')
  const list = usePagedList(emptyFeed)
  if (access !== 'allow') return <PageShell />
  return (
    <PageShell>
      <PagedListView list={list} empty={{ title: '还没有证书', description: '通过职业技能等级认定后，证书会显示在这里，任何人都可以扫码查验' }} renderItem={() => null} />
    </PageShell>
  )
}
