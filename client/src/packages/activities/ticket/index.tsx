import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import type { MyRegistrationItem } from '@wuxie/shared/activities'
import { formatChinaDateTime } from '@wuxie/shared/activities'
import { useCallback, useState } from 'react'
import { messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { ErrorState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { timeRange } from '@/pages/activities/ActivityCard'
import { activitiesApi } from '@/pages/activities/api'
import { useSession } from '@/stores'
import QrImage from '../components/QrImage'
import '../activities.css'

/** 电子票: the signed ticket code as a QR for staff to scan, and as text to read out. */
export default function TicketPage() {
  const access = useRouteGuard('activityTicket')
  const id = Number(useRouter().params.id)
  const session = useSession()
  const [item, setItem] = useState<MyRegistrationItem | null>(null)
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      const found = (await activitiesApi.mine('all')).items.find((i) => i.registration.id === id)
      if (!found) throw new Error('没有找到这张票')
      setItem(found)
      setError(undefined)
    } catch (err) {
      setError(err instanceof Error && !('code' in err) ? err.message : messageOf(err))
    }
  }, [id])
  useDidShow(() => {
    if (access === 'allow') void load()
  })
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  if (access !== 'allow') return <PageShell />
  if (error) return <PageShell><ErrorState message={error} onRetry={() => void load()} /></PageShell>
  if (!item) return <PageShell><ListSkeleton rows={1} /></PageShell>
  const { registration: r, activity: a } = item
  return (
    <PageShell>
      <View className='section card ticket'>
        <Text className='ad-title'>{a.title}</Text>
        <Text className='muted'>{timeRange(a)}</Text>
        <Text className='muted'>{a.online ? '线上参加' : a.place}</Text>
        {r.checkedInAt ? (
          <Text className='ticket__done'>已于 {formatChinaDateTime(new Date(r.checkedInAt))} 签到</Text>
        ) : r.ticketCode ? (
          <>
            <QrImage text={r.ticketCode} className='ticket__qr' />
            <Text className='ticket__code' selectable>{r.ticketCode}</Text>
            <Text className='hint'>入场时请出示二维码；扫不出时把上面的票码念给工作人员。</Text>
          </>
        ) : (
          <Text className='hint'>这条报名目前没有电子票（{r.status === 'waitlisted' ? '仍在候补' : '已取消'}）。</Text>
        )}
        <Text className='muted'>{session?.user.name}</Text>
      </View>
    </PageShell>
  )
}
