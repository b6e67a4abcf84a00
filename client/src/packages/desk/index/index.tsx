import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { hasRole, type Role } from '@wuxie/shared/auth/roles'
import PageShell from '@/components/PageShell'
import { EmptyState } from '@/components/StateView'
import { useRouteGuard } from '@/hooks/use-route-guard'
import { go } from '@/lib/nav'
import { useSession } from '@/stores'
import { Cell, CellGroup } from '@/ui'
import './index.css'

interface DeskEntry {
  title: string
  description: string
  /** Any one of these roles shows the entry. */
  roles: readonly Role[]
}

const ENTRIES: readonly DeskEntry[] = [
  { title: '投诉受理与调解', description: '受理、派单、回访，超期的排在前面', roles: ['staff'] },
  { title: '活动与签到', description: '发布活动、扫码签到、登记考试结果', roles: ['staff'] },
  { title: '资讯审核', description: '审核通讯员稿件、发布与置顶', roles: ['staff'] },
  { title: '会员单位', description: '会员名录、表彰、参与情况', roles: ['staff'] },
  { title: '数据看板与年度报告', description: '按期间统计各项数据，生成工作报告', roles: ['staff'] },
  { title: '本单位投诉', description: '转给本单位的投诉，按时回复', roles: ['company_admin'] },
  { title: '本单位从业人员', description: '邀请码绑定、批量报名', roles: ['company_admin'] },
]

/** 工作台: the desk for association staff and company admins. */
export default function DeskPage() {
  const access = useRouteGuard('desk')
  const session = useSession()
  if (access === 'forbidden') {
    return (
      <PageShell>
        <EmptyState title='没有工作台权限' description='工作台只对协会工作人员和会员单位管理员开放' action={{ text: '返回我的', onClick: () => go('me') }} />
      </PageShell>
    )
  }
  if (access !== 'allow' || !session) return <PageShell />
  const roles = session.user.roles
  const entries = ENTRIES.filter((e) => e.roles.some((r) => hasRole(roles, r)))
  return (
    <PageShell>
      <View className='section card desk-head'>
        <Text className='desk-head__title'>{session.user.company && !hasRole(roles, 'staff') ? session.user.company.name : '协会工作台'}</Text>
        <Text className='muted'>各项办理功能将陆续开放</Text>
      </View>
      <CellGroup className='desk-entries'>
        {entries.map((e) => (
          <Cell
            key={e.title}
            title={e.title}
            description={e.description}
            extra='即将开放'
            clickable
            onClick={() => void Taro.showToast({ title: `${e.title}即将开放`, icon: 'none' })}
          />
        ))}
      </CellGroup>
    </PageShell>
  )
}
