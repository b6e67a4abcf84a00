import { Text, View } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'
import { go } from '@/lib/nav'
import type { RouteName } from '@/routes'
import './index.css'

const SHORTCUTS: ReadonlyArray<{ text: string; mark: string; route: RouteName }> = [
  { text: '协会资讯', mark: '讯', route: 'home' },
  { text: '培训活动', mark: '训', route: 'activities' },
  { text: '我要投诉', mark: '诉', route: 'complaints' },
  { text: '我的证书', mark: '证', route: 'myCertificates' },
]

/** 首页: the association's news feed. */
export default function HomePage() {
  const news = usePagedList(emptyFeed)
  return (
    <PageShell>
      <View className='home-hero'>
        <Text className='home-hero__title'>物业管理协会</Text>
        <Text className='home-hero__sub'>资讯 · 培训活动 · 投诉调解，一站办理</Text>
      </View>
      <View className='home-shortcuts card section'>
        {SHORTCUTS.map((s) => (
          <View key={s.text} className='home-shortcut' onClick={() => go(s.route)}>
            <View className='home-shortcut__dot'>{s.mark}</View>
            <Text className='home-shortcut__text'>{s.text}</Text>
          </View>
        ))}
      </View>
      <Text className='section-title'>最新资讯</Text>
      <PagedListView
        list={news}
        empty={{ title: '暂无资讯', description: '协会发布的党建、行业动态和通知公告会显示在这里，下拉可刷新' }}
        renderItem={() => null}
      />
    </PageShell>
  )
}
