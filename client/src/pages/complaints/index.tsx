import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import PagedListView from '@/components/PagedListView'
import { EmptyState } from '@/components/StateView'
import { emptyFeed, usePagedList } from '@/hooks/use-paged-list'
import { go } from '@/lib/nav'
import { useSession } from '@/stores'
import { Button } from '@/ui'
import './index.css'

/** 投诉: file a complaint about property services and follow it to the end. */
export default function ComplaintsPage() {
  const session = useSession()
  const complaints = usePagedList(emptyFeed, [session?.user.id])

  return (
    <PageShell>
      <View className='section card complaints-intro'>
        <Text className='complaints-intro__title'>物业服务投诉</Text>
        <Text className='hint'>协会受理后派给管理该小区的物业企业办理，办结后回访，您可以评价处理结果。</Text>
        {session && (
          <Button
            type='primary'
            block
            className='complaints-intro__action'
            onClick={() => void Taro.showToast({ title: '投诉提交即将开放', icon: 'none' })}
          >
            我要投诉
          </Button>
        )}
      </View>
      {session ? (
        <>
          <Text className='section-title'>我的投诉</Text>
          <PagedListView
            list={complaints}
            empty={{ title: '还没有投诉记录', description: '提交的投诉和处理进度会显示在这里，下拉可刷新' }}
            renderItem={() => null}
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
