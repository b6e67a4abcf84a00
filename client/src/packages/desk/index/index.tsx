import { Text, View } from '@tarojs/components';
import { hasRole, type Role } from '@wuxie/shared/auth';
import type { RouteName } from '@/routes';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { EmptyState } from '@/components/StateView';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Cell, CellGroup } from '@/ui';
import './index.css';

interface DeskEntry {
  /** The page it opens; the entry's class is `desk-entry--<route>`. */
  route: RouteName;
  title: string;
  description: string;
}

// The desk's own words for each page, not the route table's page titles, and grouped by who the desk
// offers them to, which is narrower than who may open the page (the directory is public).
const SECTIONS: readonly { audience: Role; entries: readonly DeskEntry[] }[] = [
  {
    audience: 'staff',
    entries: [
      { route: 'deskDashboard', title: '数据看板', description: '按期间统计各项数字，图表与表格，优秀会员单位和优秀通讯员候选' },
      { route: 'deskReport', title: '工作报告', description: '半年、全年工作报告，数字均来自记录，可下载 Word' },
      { route: 'complaintLedger', title: '投诉受理与调解', description: '受理、派单、回访，超期的排在前面' },
      { route: 'activityManage', title: '活动与签到', description: '发布活动、扫码签到、登记考试结果' },
      { route: 'newsDesk', title: '资讯审核', description: '审核通讯员稿件、发布与置顶' },
      { route: 'memberDirectory', title: '会员单位', description: '会员名录、单位详情与参与情况' },
      { route: 'memberCompanyEdit', title: '新增会员单位', description: '登记单位名称、信用代码、类型、会员等级与联系人' },
      { route: 'memberCommunities', title: '小区管理', description: '新增、修改小区及其物业服务企业' },
      { route: 'memberImport', title: 'Excel 导入', description: '从表格批量导入会员单位和小区，逐行给出结果' },
      { route: 'memberCommendations', title: '表彰登记', description: '按年度登记优秀会员单位、优秀通讯员' },
      { route: 'deskRecords', title: '调研与建议', description: '受托专题调研、报送的意见建议' },
    ],
  },
  {
    audience: 'company_admin',
    entries: [
      { route: 'complaintDesk', title: '本单位投诉', description: '转给本单位的投诉，按时回复' },
      { route: 'memberInvitations', title: '本单位从业人员', description: '邀请码绑定、批量报名' },
    ],
  },
];

/** 工作台: the desk for association staff and company admins. */
export default function DeskPage() {
  const access = useRouteGuard('desk');
  const session = useSession();
  if (access === 'forbidden') {
    return (
      <PageShell>
        <EmptyState
          title="没有工作台权限"
          description="工作台只对协会工作人员和会员单位管理员开放"
          action={{ text: '返回我的', onClick: () => go('me') }}
        />
      </PageShell>
    );
  }
  if (access !== 'allow' || !session)
    return (
      <PageShell>
        <AccessState route="desk" access={access} />
      </PageShell>
    );
  const roles = session.user.roles;
  const entries = SECTIONS.filter((section) => hasRole(roles, section.audience)).flatMap((section) => section.entries);
  return (
    <PageShell>
      <View className="section card desk-head">
        <Text className="desk-head__title">
          {session.user.company && !hasRole(roles, 'staff') ? session.user.company.name : '协会工作台'}
        </Text>
        <Text className="muted">{hasRole(roles, 'staff') ? '数字来自各项记录，点开可查看背后的列表' : '本单位的投诉与从业人员'}</Text>
      </View>
      <CellGroup className="desk-entries">
        {entries.map((e) => (
          <Cell
            key={e.route}
            className={`desk-entry desk-entry--${e.route}`}
            title={e.title}
            description={e.description}
            extra="›"
            clickable
            onClick={() => go(e.route)}
          />
        ))}
      </CellGroup>
    </PageShell>
  );
}
