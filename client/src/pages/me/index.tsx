import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DESK_ROLES, ROLE_LABELS, hasAnyRole } from '@wuxie/shared/auth';
import { maskPhone } from '@wuxie/shared/common';
import { fetchMe, logout } from '@/api/auth';
import { ApiRequestError, messageOf } from '@/api/errors';
import BindPhoneButton from '@/components/BindPhoneButton';
import PageShell from '@/components/PageShell';
import { useResource } from '@/hooks/use-resource';
import { go } from '@/lib/nav';
import { careMode, useCareMode, useSession } from '@/stores';
import CellArrow from '@/components/CellArrow';
import { Avatar, Button, Cell, CellGroup, Switch } from '@/ui';
import './index.css';

function refreshMe(): Promise<void> {
  return fetchMe()
    .then(() => undefined)
    .catch((err: unknown) => {
      // A lost session is handled by the request layer; anything else is worth a word.
      if (err instanceof ApiRequestError && err.code === 'UNAUTHENTICATED') return;
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    });
}

/** 我的: who I am, my roles, my records, the desk for staff, settings. */
export default function MePage() {
  const session = useSession();
  const care = useCareMode();
  const user = session?.user ?? null;

  // The page shows the stored session at once; this brings it up to date (roles, company) on show and on pull-down.
  useResource(refreshMe, [session?.user.id], { enabled: session !== null });

  const onLogout = async () => {
    const res = await Taro.showModal({
      title: '退出登录',
      content: '退出后需要重新登录才能投诉和报名。',
      confirmText: '退出',
      confirmColor: '#c8102e',
    });
    if (!res.confirm) return;
    await logout();
    void Taro.showToast({ title: '已退出登录', icon: 'none' });
  };

  return (
    <PageShell>
      <View className="me-header">
        <Avatar size="large" background="#fdecee" color="#c8102e" className="me-header__avatar">
          {user ? user.name.slice(0, 1) : '访'}
        </Avatar>
        {user ? (
          <View className="me-header__info">
            <Text className="me-header__name">{user.name}</Text>
            <View className="me-header__line">
              <Text className="me-header__meta">{user.phone ? maskPhone(user.phone) : '未绑定手机号'}</Text>
              {!user.phone && <BindPhoneButton />}
            </View>
            {user.company && <Text className="me-header__meta">{user.company.name}</Text>}
            <View className="row me-header__roles">
              {user.roles.map((r) => (
                <Text key={r} className="chip me-role">
                  {ROLE_LABELS[r]}
                </Text>
              ))}
            </View>
          </View>
        ) : (
          <View className="me-header__info">
            <Text className="me-header__name">未登录</Text>
            <Text className="me-header__meta">登录后可投诉、报名活动、查看证书</Text>
            <Button type="primary" size="small" className="me-header__login" onClick={() => go('login')}>
              登录 / 注册
            </Button>
          </View>
        )}
      </View>

      <CellGroup className="me-group">
        <Cell title="我的投诉" align="center" clickable extra={<CellArrow />} onClick={() => go('myComplaints')} />
        <Cell title="我的报名" align="center" clickable extra={<CellArrow />} onClick={() => go('myRegistrations')} />
        <Cell title="我的证书" align="center" clickable extra={<CellArrow />} onClick={() => go('myCertificates')} />
      </CellGroup>

      <CellGroup className="me-group">
        <Cell
          title="会员单位"
          description="协会会员单位名录"
          clickable
          extra={<CellArrow />}
          className="me-members"
          onClick={() => go('memberDirectory')}
        />
        {user && !user.company && (
          <Cell
            title="绑定企业"
            description="输入本单位管理员给的邀请码"
            clickable
            extra={<CellArrow />}
            className="me-bind"
            onClick={() => go('memberBind')}
          />
        )}
        {user && <Cell title="我的表彰" align="center" clickable extra={<CellArrow />} onClick={() => go('myCommendations')} />}
      </CellGroup>

      {user && hasAnyRole(user.roles, DESK_ROLES) && (
        <CellGroup className="me-group">
          <Cell
            title="工作台"
            description="协会与企业的办理入口"
            clickable
            extra={<CellArrow />}
            className="me-desk"
            onClick={() => go('desk')}
          />
        </CellGroup>
      )}

      <CellGroup className="me-group">
        <Cell
          title="关怀模式"
          description="字号更大，看得更清楚"
          extra={<Switch checked={care} onChange={(on) => careMode.set(on)} ariaLabel="关怀模式" className="me-care-switch" />}
        />
        {user && <Cell title="个人资料" align="center" clickable extra={<CellArrow />} onClick={() => go('profile')} />}
        <Cell title="隐私保护指引" align="center" clickable extra={<CellArrow />} onClick={() => go('privacy')} />
      </CellGroup>

      {user && (
        <View className="btn-wrap">
          <Button block fill="outline" className="me-logout" onClick={() => void onLogout()}>
            退出登录
          </Button>
        </View>
      )}
    </PageShell>
  );
}
