import { endpoint } from '../common/endpoint';
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
} from './auth.schemas';

/** 登录与账户: sessions and the caller's own profile. */
export const authApi = {
  demoAccounts: endpoint({ method: 'get', path: '/auth/demo-accounts', response: demoAccountsSchema, access: 'public' }),
  passwordLogin: endpoint({
    method: 'post',
    path: '/auth/login/password',
    body: passwordLoginSchema,
    response: sessionSchema,
    access: 'public',
  }),
  wechatLogin: endpoint({ method: 'post', path: '/auth/login/wechat', body: wechatLoginSchema, response: sessionSchema, access: 'public' }),
  refresh: endpoint({ method: 'post', path: '/auth/refresh', body: refreshSchema, response: sessionSchema, access: 'public' }),
  logout: endpoint({ method: 'post', path: '/auth/logout', body: refreshSchema, response: okSchema, access: 'public' }),
  getMe: endpoint({ method: 'get', path: '/me', response: meSchema, access: 'authenticated' }),
  updateMe: endpoint({ method: 'patch', path: '/me', body: updateProfileSchema, response: meSchema, access: 'authenticated' }),
  bindPhone: endpoint({ method: 'post', path: '/me/phone', body: bindPhoneSchema, response: meSchema, access: 'authenticated' }),
};
