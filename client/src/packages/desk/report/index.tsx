import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { WorkReport } from '@wuxie/shared/desk'
import { useEffect, useState } from 'react'
import { messageOf } from '@/api/errors'
import PageShell from '@/components/PageShell'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { go } from '@/lib/nav'
import { Button } from '@/ui'
import { deskApi, downloadReport } from '../api'
import FigureTable from '../dashboard/FigureTable'
import { beijingToday, choiceFromParams, choiceQuery } from '../lib/period'
import '../dashboard/index.css'
import './index.css'

/** 工作报告: the period's report as the Word file will read, each part with the sources of its figures. */
export default function DeskReportPage() {
  const access = useRouteGuard('deskReport')
  const params = useRouter().params
  const query = choiceQuery(choiceFromParams(params, beijingToday(new Date())))
  const [report, setReport] = useState<WorkReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [downloading, setDownloading] = useState(false)

  const load = () => {
    setError(null)
    deskApi.report(query).then(setReport, (err: unknown) => setError(messageOf(err)))
  }
  useEffect(() => {
    if (access === 'allow') load()
  }, [access, JSON.stringify(query)])

  const download = async () => {
    if (!report) return
    setDownloading(true)
    try {
      await downloadReport(query, `${report.title}.docx`)
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    } finally {
      setDownloading(false)
    }
  }

  if (access === 'forbidden') return <PageShell><EmptyState title='没有权限' description='工作报告只对协会工作人员开放' action={{ text: '返回工作台', onClick: () => go('desk') }} /></PageShell>
  if (access !== 'allow') return <PageShell />
  if (error) return <PageShell><ErrorState message={error} onRetry={load} /></PageShell>
  if (!report) return <PageShell><ListSkeleton rows={4} /></PageShell>
  return (
    <PageShell className='desk-report'>
      <View className='card section desk-report__paper'>
        <Text className='desk-report__title'>{report.title}</Text>
        <Text className='muted desk-report__meta'>统计期间：{report.period.from} 至 {report.period.to}</Text>
        <Text className='desk-report__para'>{report.intro}</Text>
        {report.sections.map((s) => (
          <View key={s.key} className='desk-report__section'>
            <Text className='desk-report__heading'>{s.heading}</Text>
            {s.paragraphs.map((p) => <Text key={p} className='desk-report__para'>{p}</Text>)}
            <Text className='muted desk-report__sources'>本部分数字来源（点按查看列表）</Text>
            <FigureTable figures={s.figures} />
          </View>
        ))}
        <Text className='muted desk-report__note'>{report.note}</Text>
      </View>
      <View className='btn-wrap'>
        <Button type='primary' block className='desk-download' loading={downloading} onClick={() => void download()}>
          下载 Word 文档
        </Button>
      </View>
      <View className='desk-bottom' />
    </PageShell>
  )
}
