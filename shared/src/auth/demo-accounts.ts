import type { Role } from './roles';

/** The demo accounts `npm start` seeds; offered on the login screen only while demo login is on. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: readonly { username: string; label: string; roles: Role[] }[] = [
  { username: 'resident', label: '居民（投诉人）', roles: ['resident'] },
  { username: 'worker', label: '从业人员', roles: ['worker'] },
  { username: 'company', label: '企业管理员', roles: ['company_admin', 'worker'] },
  { username: 'writer', label: '通讯员', roles: ['correspondent', 'worker'] },
  { username: 'staff', label: '协会工作人员', roles: ['staff'] },
  { username: 'admin', label: '系统管理员', roles: ['admin', 'staff'] },
];
