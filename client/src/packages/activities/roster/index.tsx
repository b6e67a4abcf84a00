import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { EXAM_RESULT_LABELS, REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, type ExamResult, type RegistrationStatus } from '@wuxie/shared/activities'
import { examScoreSchema, type Roster, type RosterEntry } from '@wuxie/shared/activities'
import { formatChinaDateTime } from '@wuxie/shared/activities'
import { useCallback, useState } from 'react'
import { messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { activitiesApi, downloadRoster, importResults } from '@/pages/activities/api'
import '@/pages/activities/index.css'
import { Button, Input } from '@/ui'
import { toastError } from '@/ui/feedback'
import '../activities.css'

function ResultEntry({ entry, onSaved }: { entry: RosterEntry; onSaved: () => void }) {
  const [score, setScore] = useState(entry.score === null ? '' : String(entry.score))
  const save = async (result: ExamResult) => {
    const parsed = score.trim() === '' ? null : examScoreSchema.safeParse(Number(score))
    if (parsed && !parsed.success) {
      void Taro.showToast({ title: parsed.error.issues[0]?.message ?? '分数不正确', icon: 'none' })
      return
    }
    try {
      const saved = await activitiesApi.recordResult(entry.id, { result, score: parsed ? parsed.data : null })
      void Taro.showToast({ title: saved.certificateNo && result === 'passed' ? `已登记，证书编号 ${saved.certificateNo}` : '已登记', icon: 'none', duration: 3000 })
      onSaved()
    } catch (err) {
      toastError(err)
    }
  }
  return (
    <View className='roster-result'>
      <Input name={`score-${entry.id}`} className='roster-score' type='digit' placeholder='分数' value={score} onChange={setScore} />
      <Button size='small' type={entry.result === 'passed' ? 'primary' : 'default'} className='roster-pass' onClick={() => void save('passed')}>合格</Button>
      <Button size='small' type={entry.result === 'failed' ? 'primary' : 'default'} onClick={() => void save('failed')}>不合格</Button>
    </View>
  )
}

/** 名单与成绩 (staff): who registered, waits, checked in; exam results one by one or from the Excel roster. */
export default function RosterPage() {
  const access = useRouteGuard('activityRoster')
  const id = Number(useRouter().params.id)
  const [status, setStatus] = useState<RegistrationStatus | undefined>('confirmed')
  const [q, setQ] = useState('')
  const [roster, setRoster] = useState<Roster | null>(null)
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      setRoster(await activitiesApi.roster(id, status, q.trim()))
      setError(undefined)
    } catch (err) {
      setError(messageOf(err))
    }
  }, [id, status, q])
  useDidShow(() => {
    if (access === 'allow') void load()
  })
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  if (access === 'forbidden') return <PageShell><EmptyState title='没有权限' description='名单只对协会工作人员开放' /></PageShell>
  if (access !== 'allow') return <PageShell />
  if (error && !roster) return <PageShell><ErrorState message={error} onRetry={() => void load()} /></PageShell>
  if (!roster) return <PageShell><ListSkeleton rows={3} /></PageShell>
  const exam = roster.activity.type === 'exam'
  const importFile = async () => {
    try {
      const res = await importResults(id)
      const firstFailure = res.rows.find((r) => !r.ok)
      await Taro.showModal({
        title: '导入完成',
        content: `登记 ${res.updated} 人，新发证书 ${res.certificatesIssued} 张，失败 ${res.failed} 行。${firstFailure ? `\n${firstFailure.message}` : ''}`,
        showCancel: false,
      })
      await load()
    } catch (err) {
      toastError(err)
    }
  }
  return (
    <PageShell>
      <View className='section card'>
        <Text className='ad-title'>{roster.activity.title}</Text>
        <Text className='muted'>报名成功 {roster.activity.confirmedCount}/{roster.activity.capacity}</Text>
        <View className='ad-row-actions'>
          <Button size='small' onClick={() => void downloadRoster(id).catch(toastError)}>导出 Excel</Button>
          {exam && <Button size='small' onClick={() => void importFile()}>导入成绩 Excel</Button>}
        </View>
        {exam && <Text className='muted'>导出名单后在“考试结果”“分数”两列填写（合格/不合格），再导入；也可以在下面逐个登记。</Text>}
      </View>
      <View className='section card activity-filters'>
        <View className='activity-filter-row'>
          {REGISTRATION_STATUSES.map((s) => (
            <Text key={s} className={`activity-filter ${status === s ? 'activity-filter--on' : ''}`} onClick={() => setStatus(s)}>
              {REGISTRATION_STATUS_LABELS[s]}
            </Text>
          ))}
          <Text className={`activity-filter ${status === undefined ? 'activity-filter--on' : ''}`} onClick={() => setStatus(undefined)}>全部</Text>
        </View>
        <Input name='q' className='ad-input' placeholder='按姓名或手机号查找' value={q} onChange={setQ} onConfirm={() => void load()} />
      </View>
      <View className='stack section'>
        {roster.items.length === 0 && <Text className='muted'>没有符合条件的报名</Text>}
        {roster.items.map((e) => (
          <View key={e.id} className='card roster-item' data-registration-id={e.id}>
            <View className='roster-item__head'>
              <Text className='roster-item__name'>{e.name}</Text>
              <Text className='muted'>
                {REGISTRATION_STATUS_LABELS[e.status]}
                {e.waitlistPosition !== null ? ` 第 ${e.waitlistPosition} 位` : ''}
              </Text>
            </View>
            <Text className='muted'>{[e.companyName, e.phone].filter(Boolean).join(' · ')}</Text>
            {Object.entries(e.extra).map(([k, v]) => <Text key={k} className='muted'>{v}</Text>)}
            <Text className='muted'>{e.checkedInAt ? `已签到 ${formatChinaDateTime(new Date(e.checkedInAt))}` : '未签到'}</Text>
            {e.result && (
              <Text className='muted'>
                {EXAM_RESULT_LABELS[e.result]}
                {e.score !== null ? ` ${e.score} 分` : ''}
                {e.certificateNo ? ` · 证书 ${e.certificateNo}` : ''}
              </Text>
            )}
            {exam && e.status === 'confirmed' && <ResultEntry entry={e} onSaved={() => void load()} />}
          </View>
        ))}
      </View>
    </PageShell>
  )
}
