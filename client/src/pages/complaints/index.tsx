import { Text, View } from '@tarojs/components';
import { hasRole } from '@wuxie/shared/auth';
import MyComplaints from '@/components/ComplaintCard/MyComplaints';
import PageShell from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button } from '@/ui';
import './index.css';

/** 投诉: file a complaint about property services and follow it to the end; desks for companies and staff. */
export default function ComplaintsPage() {
  const session = useSession();
  const roles = session?.user.roles ?? [];

  return (
    <PageShell>
      <View className="section card complaints-intro">
        <Text className="complaints-intro__title">物业服务投诉</Text>
        <Text className="hint">
          协会受理后派给管理该小区的物业企业办理，办结后回访，您可以评价处理结果。受理 1 个工作日内、企业回复 3 个工作日内，超时可以催办。
        </Text>
        <Button type="primary" block className="complaints-intro__action" onClick={() => go(session ? 'complaintNew' : 'login')}>
          我要投诉
        </Button>
        {(hasRole(roles, 'staff') || hasRole(roles, 'company_admin')) && (
          <View className="complaints-desks">
            {hasRole(roles, 'company_admin') && (
              <Button size="small" fill="outline" type="primary" onClick={() => go('complaintDesk')}>
                本单位投诉
              </Button>
            )}
            {hasRole(roles, 'staff') && (
              <>
                <Button size="small" fill="outline" type="primary" onClick={() => go('complaintLedger')}>
                  受理台账
                </Button>
                <Button size="small" fill="outline" type="primary" onClick={() => go('complaintFigures')}>
                  投诉统计
                </Button>
                <Button
                  size="small"
                  fill="outline"
                  type="primary"
                  className="complaints-calendar-link"
                  onClick={() => go('complaintCalendar')}
                >
                  工作日历
                </Button>
              </>
            )}
          </View>
        )}
      </View>
      {session ? (
        <>
          <Text className="section-title">我的投诉</Text>
          <MyComplaints userId={session.user.id} description="提交的投诉和处理进度会显示在这里，下拉可刷新" />
        </>
      ) : (
        <EmptyState
          title="登录后可以投诉"
          description="登录后提交物业服务问题，并随时查看受理、办理和回访进度"
          action={{ text: '登录', onClick: () => go('login') }}
        />
      )}
    </PageShell>
  );
}
