import { Text, View } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'

/** 活动: trainings, exams and activities open for sign-up. */
export default function ActivitiesPage() {
  const activities = usePagedList(emptyFeed)
  return (
    <PageShell>
      <View className='section card'>
        <Text className='hint'>协会组织的培训、线上培训、职业技能等级认定、主题党日和公益活动在这里报名，报名后凭签到码入场。</Text>
      </View>
      <Text className='section-title'>近期活动</Text>
      <PagedListView
        list={activities}
        empty={{ title: '暂无活动', description: '协会发布新的培训、考试或活动后会显示在这里，下拉可刷新' }}
        renderItem={() => null}
      />
    </PageShell>
  )
}
