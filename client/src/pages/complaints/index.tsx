import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { hasRole } from '@wuxie/shared/auth'
import { useRef } from 'react'
import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { EmptyState } from '@/components/StateView'
import { usePagedList } from '@/hooks/use-paged-list'
import { go } from '@/lib/nav'
import { useSession } from '@/stores'
import { Button } from '@/ui'
import { complaintsApi } from './api'
import ComplaintCard from './ComplaintCard'
import './index.css'

/** 投诉: file a complaint about property services and follow it to the end; desks for companies and staff. */
export default function ComplaintsPage() {
  const session = useSession()
  const complaints = usePagedList(
    async (cursor) => {
      if (!session) return { items: [], next: null }
      const page = await complaintsApi.mine(cursor)
      return { items: page.items, next: page.nextCursor }
    },
    [session?.user.id],
  )
  // Coming back from filing or rating: show the new state without a pull-down.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && session) void complaints.reload()
    shown.current = true
  })
  const roles = session?.user.roles ?? []

  return (
    <PageShell>
      <View className='section card complaints-intro'>
        <Text className='complaints-intro__title'>物业服务投诉</Text>
        <Text className='hint'>协会受理后派给管理该小区的物业企业办理，办结后回访，您可以评价处理结果。受理 1 个工作日内、企业回复 3 个工作日内，超时可以催办。</Text>
        <Button type='primary' block className='complaints-intro__action' onClick={() => go(session ? 'complaintNew' : 'login')}>
          我要投诉
        </Button>
        {(hasRole(roles, 'staff') || hasRole(roles, 'company_admin')) && (
          <View className='complaints-desks'>
            {hasRole(roles, 'company_admin') && (
              <Button size='small' fill='outline' type='primary' onClick={() => go('complaintDesk')}>
                本单位投诉
              </Button>
            )}
            {hasRole(roles, 'staff') && (
              <>
                <Button size='small' fill='outline' type='primary' onClick={() => go('complaintLedger')}>
                  受理台账
                </Button>
                <Button size='small' fill='outline' type='primary' onClick={() => go('complaintFigures')}>
                  投诉统计
                </Button>
                <Button size='small' fill='outline' type='primary' className='complaints-calendar-link' onClick={() => go('complaintCalendar')}>
                  工作日历
                </Button>
              </>
            )}
          </View>
        )}
      </View>
      {session ? (
        <>
          <Text className='section-title'>我的投诉</Text>
          <PagedListView
            list={complaints}
            empty={{ title: '还没有投诉记录', description: '提交的投诉和处理进度会显示在这里，下拉可刷新' }}
            renderItem={(item) => <ComplaintCard key={item.id} item={item} />}
          />
        </>
      ) : (
        <EmptyState
          title='登录后可以投诉'
          description='登录后提交物业服务问题，并随时查看受理、办理和回访进度'
          action={{ text: '登录', onClick: () => go('login') }}
        />
      )}
    </PageShell>
  )
}
