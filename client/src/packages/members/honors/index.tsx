import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import type { Commendation } from '@wuxie/shared/members'
import { COMMENDATION_KIND_LABELS } from '@wuxie/shared/members'
import { useState } from 'react'
import { messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { membersApi } from '../api'
import '../members.css'

/** 我的表彰: the person's own commendations (优秀通讯员 …) by year. */
export default function HonorsPage() {
  const access = useRouteGuard('myCommendations')
  const [items, setItems] = useState<Commendation[] | null>(null)
  const [error, setError] = useState<string>()
  const load = () =>
    membersApi.myCommendations().then(
      (r) => {
        setItems(r.items)
        setError(undefined)
      },
      (err: unknown) => setError(messageOf(err)),
    )
  useDidShow(() => {
    if (access === 'allow') void load()
  })
  if (access !== 'allow') return <PageShell />
  if (error && !items) return <PageShell><ErrorState message={error} onRetry={() => void load()} /></PageShell>
  if (!items) return <PageShell><ListSkeleton rows={2} /></PageShell>
  if (items.length === 0) return <PageShell><EmptyState title='还没有表彰记录' description='协会每年评选优秀通讯员等，获评后会显示在这里' /></PageShell>
  return (
    <PageShell>
      <View className='stack section'>
        {items.map((c) => (
          <View key={c.id} className='card mb-card'>
            <View className='mb-card__head'>
              <Text className='mb-card__name'>{c.year} 年度{COMMENDATION_KIND_LABELS[c.kind]}</Text>
            </View>
            {c.note && <Text className='muted'>{c.note}</Text>}
          </View>
        ))}
      </View>
    </PageShell>
  )
}
