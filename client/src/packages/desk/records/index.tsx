import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DESK_RECORD_KINDS, DESK_RECORD_LABELS, type DeskRecordKind, type DeskRecordList } from '@wuxie/shared/desk/desk.schemas'
import { useEffect, useState } from 'react'
import { messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { deskApi } from '../api'
import { beijingToday, choiceFromParams, choiceQuery } from '../lib/period'
import './index.css'

/** 调研与建议: the surveys and suggestions behind the desk's advisory figures. */
export default function DeskRecordsPage() {
  const access = useRouteGuard('deskRecords')
  const params = useRouter().params
  const query = choiceQuery(choiceFromParams(params, beijingToday(new Date())))
  const [kind, setKind] = useState<DeskRecordKind>((DESK_RECORD_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as DeskRecordKind) : 'surveys')
  const [list, setList] = useState<DeskRecordList | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = () => {
    setError(null)
    setList(null)
    deskApi.records(kind, query).then(setList, (err: unknown) => setError(messageOf(err)))
  }
  useEffect(() => {
    if (access === 'allow') load()
  }, [access, kind, JSON.stringify(query)])

  if (access === 'forbidden') return <PageShell><EmptyState title='没有权限' description='只对协会工作人员开放' /></PageShell>
  if (access !== 'allow') return <PageShell />
  return (
    <PageShell>
      <View className='desk-records__tabs'>
        {DESK_RECORD_KINDS.map((k) => (
          <Text key={k} className={`desk-records__tab ${k === kind ? 'desk-records__tab--on' : ''}`} onClick={() => setKind(k)}>
            {DESK_RECORD_LABELS[k]}
          </Text>
        ))}
      </View>
      {error && <ErrorState message={error} onRetry={load} />}
      {!error && !list && <ListSkeleton rows={3} />}
      {list && (
        <View className='card section'>
          <Text className='muted'>{list.period.label}：共 {list.total} {kind === 'surveys' ? '项' : '条'}</Text>
          {list.items.length === 0 && <Text className='muted'>本期没有记录</Text>}
          {list.items.map((item) => (
            <View key={item.id} className='desk-records__item'>
              <Text className='desk-records__title'>{item.title}</Text>
              <Text className='muted'>{item.date}　{item.detail}</Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
