import { authApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['登录与账户'];
export const demoAccounts = defineRoute(api.demoAccounts, { tags, summary: '演示账号（仅演示模式开启时返回账号）', ok: '演示账号' });

export const passwordLogin = defineRoute(api.passwordLogin, {
  tags,
  summary: '账号密码登录（H5 与协会工作人员）',
  ok: '登录成功',
  responses: { 401: errorResponse('账号或密码不正确'), 423: errorResponse('错误次数过多，账号暂时锁定') },
});

export const wechatLogin = defineRoute(api.wechatLogin, {
  tags,
  summary: '微信登录（wx.login code → code2Session）',
  ok: '登录成功',
  responses: { 401: errorResponse('code 无效'), 503: errorResponse('微信服务繁忙或未配置') },
});

export const refresh = defineRoute(api.refresh, {
  tags,
  summary: '用刷新令牌换新的会话（刷新令牌随之轮换）',
  ok: '新会话',
  responses: { 401: errorResponse('刷新令牌无效或已过期') },
});

export const logout = defineRoute(api.logout, { tags, summary: '退出登录（作废刷新令牌）', ok: '已退出' });

export const getMe = defineRoute(api.getMe, { tags, summary: '当前用户', ok: '当前用户' });

export const updateMe = defineRoute(api.updateMe, { tags, summary: '修改姓名、同意隐私政策', ok: '当前用户' });

export const bindPhone = defineRoute(api.bindPhone, {
  tags,
  summary: '绑定手机号（getPhoneNumber 按钮的 code）',
  ok: '当前用户',
  responses: { 503: errorResponse('微信服务繁忙或未配置') },
});
