import {
  bindPhoneSchema,
  demoAccountsSchema,
  meSchema,
  okSchema,
  passwordLoginSchema,
  refreshSchema,
  sessionSchema,
  updateProfileSchema,
  wechatLoginSchema,
} from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['登录与账户'];

export const demoAccounts = defineRoute({
  method: 'get',
  path: '/auth/demo-accounts',
  tags,
  summary: '演示账号（仅演示模式开启时返回账号）',
  access: 'public',
  responses: { 200: { description: '演示账号', content: json(demoAccountsSchema) } },
});

export const passwordLogin = defineRoute({
  method: 'post',
  path: '/auth/login/password',
  tags,
  summary: '账号密码登录（H5 与协会工作人员）',
  access: 'public',
  request: { body: { content: json(passwordLoginSchema), required: true } },
  responses: {
    200: { description: '登录成功', content: json(sessionSchema) },
    401: { description: '账号或密码不正确', content: errorContent },
    423: { description: '错误次数过多，账号暂时锁定', content: errorContent },
  },
});

export const wechatLogin = defineRoute({
  method: 'post',
  path: '/auth/login/wechat',
  tags,
  summary: '微信登录（wx.login code → code2Session）',
  access: 'public',
  request: { body: { content: json(wechatLoginSchema), required: true } },
  responses: {
    200: { description: '登录成功', content: json(sessionSchema) },
    401: { description: 'code 无效', content: errorContent },
    503: { description: '微信服务繁忙或未配置', content: errorContent },
  },
});

export const refresh = defineRoute({
  method: 'post',
  path: '/auth/refresh',
  tags,
  summary: '用刷新令牌换新的会话（刷新令牌随之轮换）',
  access: 'public',
  request: { body: { content: json(refreshSchema), required: true } },
  responses: {
    200: { description: '新会话', content: json(sessionSchema) },
    401: { description: '刷新令牌无效或已过期', content: errorContent },
  },
});

export const logout = defineRoute({
  method: 'post',
  path: '/auth/logout',
  tags,
  summary: '退出登录（作废刷新令牌）',
  access: 'public',
  request: { body: { content: json(refreshSchema), required: true } },
  responses: { 200: { description: '已退出', content: json(okSchema) } },
});

export const getMe = defineRoute({
  method: 'get',
  path: '/me',
  tags,
  summary: '当前用户',
  access: 'authenticated',
  responses: { 200: { description: '当前用户', content: json(meSchema) } },
});

export const updateMe = defineRoute({
  method: 'patch',
  path: '/me',
  tags,
  summary: '修改姓名、同意隐私政策',
  access: 'authenticated',
  request: { body: { content: json(updateProfileSchema), required: true } },
  responses: { 200: { description: '当前用户', content: json(meSchema) } },
});

export const bindPhone = defineRoute({
  method: 'post',
  path: '/me/phone',
  tags,
  summary: '绑定手机号（getPhoneNumber 按钮的 code）',
  access: 'authenticated',
  request: { body: { content: json(bindPhoneSchema), required: true } },
  responses: {
    200: { description: '当前用户', content: json(meSchema) },
    503: { description: '微信服务繁忙或未配置', content: errorContent },
  },
});
