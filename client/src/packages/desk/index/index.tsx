import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { hasRole, type Role } from '@wuxie/shared/auth'
import { ROUTES, type RouteName } from '@/routes'
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
  /** The page it opens (a route other features add; until then the entry says it is coming). */
  route: string
}

const ENTRIES: readonly DeskEntry[] = [
  { title: '数据看板', description: '按期间统计各项数字，图表与表格，优秀会员单位和优秀通讯员候选', roles: ['staff'], route: 'deskDashboard' },
  { title: '工作报告', description: '半年、全年工作报告，数字均来自记录，可下载 Word', roles: ['staff'], route: 'deskReport' },
  { title: '投诉受理与调解', description: '受理、派单、回访，超期的排在前面', roles: ['staff'], route: 'complaintLedger' },
  { title: '活动与签到', description: '发布活动、扫码签到、登记考试结果', roles: ['staff'], route: 'activityManage' },
  { title: '资讯审核', description: '审核通讯员稿件、发布与置顶', roles: ['staff'], route: 'newsDesk' },
  { title: '会员单位', description: '会员名录、单位详情与参与情况', roles: ['staff'], route: 'memberDirectory' },
  { title: '新增会员单位', description: '登记单位名称、信用代码、类型、会员等级与联系人', roles: ['staff'], route: 'memberCompanyEdit' },
  { title: '小区管理', description: '新增、修改小区及其物业服务企业', roles: ['staff'], route: 'memberCommunities' },
  { title: 'Excel 导入', description: '从表格批量导入会员单位和小区，逐行给出结果', roles: ['staff'], route: 'memberImport' },
  { title: '表彰登记', description: '按年度登记优秀会员单位、优秀通讯员', roles: ['staff'], route: 'memberCommendations' },
  { title: '调研与建议', description: '受托专题调研、报送的意见建议', roles: ['staff'], route: 'deskRecords' },
  { title: '本单位投诉', description: '转给本单位的投诉，按时回复', roles: ['company_admin'], route: 'complaintDesk' },
  { title: '本单位从业人员', description: '邀请码绑定、批量报名', roles: ['company_admin'], route: 'memberInvitations' },
]

function routeOf(entry: DeskEntry): RouteName | null {
  return Object.prototype.hasOwnProperty.call(ROUTES, entry.route) ? (entry.route as RouteName) : null
}

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
        <Text className='muted'>{hasRole(roles, 'staff') ? '数字来自各项记录，点开可查看背后的列表' : '本单位的投诉与从业人员'}</Text>
      </View>
      <CellGroup className='desk-entries'>
        {entries.map((e) => {
          const route = routeOf(e)
          return (
            <Cell
              key={e.title}
              className={`desk-entry desk-entry--${e.route}`}
              title={e.title}
              description={e.description}
              extra={route ? '›' : '即将开放'}
              clickable
              onClick={() => (route ? go(route) : void Taro.showToast({ title: `${e.title}即将开放`, icon: 'none' }))}
            />
          )
        })}
      </CellGroup>
    </PageShell>
  )
}
