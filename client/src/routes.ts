import { DESK_ROLES, hasAnyRole, type Role } from '@wuxie/shared/auth';

/** Where a route's page lives: the main package (tabs) or a named sub-package. */
export type RoutePackage = 'main' | 'auth' | 'me' | 'desk' | 'complaints' | 'news' | 'activities' | 'members';

export interface RouteDef {
  /** Page path as Taro knows it, without a leading slash. */
  readonly path: string;
  readonly pkg: RoutePackage;
  readonly title: string;
  /** The page makes no sense without a session. */
  readonly requiresLogin: boolean;
  /** Any one of these roles is enough (admin counts as staff, see hasRole); empty means everyone logged in (or anyone, if no login needed). */
  readonly roles: readonly Role[];
  readonly tab?: { readonly text: string; readonly icon: string };
}

/** Every page of the app. app.config.ts is generated from this table, so the two cannot drift. */
export const ROUTES = {
  home: { path: 'pages/home/index', pkg: 'main', title: '物协通', requiresLogin: false, roles: [], tab: { text: '首页', icon: 'home' } },
  activities: {
    path: 'pages/activities/index',
    pkg: 'main',
    title: '活动',
    requiresLogin: false,
    roles: [],
    tab: { text: '活动', icon: 'activities' },
  },
  complaints: {
    path: 'pages/complaints/index',
    pkg: 'main',
    title: '投诉',
    requiresLogin: false,
    roles: [],
    tab: { text: '投诉', icon: 'complaints' },
  },
  me: { path: 'pages/me/index', pkg: 'main', title: '我的', requiresLogin: false, roles: [], tab: { text: '我的', icon: 'me' } },
  login: { path: 'packages/auth/login/index', pkg: 'auth', title: '登录', requiresLogin: false, roles: [] },
  privacy: { path: 'packages/auth/privacy/index', pkg: 'auth', title: '隐私保护指引', requiresLogin: false, roles: [] },
  profile: { path: 'packages/me/profile/index', pkg: 'me', title: '个人资料', requiresLogin: true, roles: [] },
  myComplaints: { path: 'packages/me/complaints/index', pkg: 'me', title: '我的投诉', requiresLogin: true, roles: [] },
  myRegistrations: { path: 'packages/activities/mine/index', pkg: 'activities', title: '我的报名', requiresLogin: true, roles: [] },
  myCertificates: { path: 'packages/activities/certificates/index', pkg: 'activities', title: '我的证书', requiresLogin: true, roles: [] },
  desk: { path: 'packages/desk/index/index', pkg: 'desk', title: '工作台', requiresLogin: true, roles: DESK_ROLES },
  deskDashboard: { path: 'packages/desk/dashboard/index', pkg: 'desk', title: '数据看板', requiresLogin: true, roles: ['staff'] },
  deskReport: { path: 'packages/desk/report/index', pkg: 'desk', title: '工作报告', requiresLogin: true, roles: ['staff'] },
  deskRecords: { path: 'packages/desk/records/index', pkg: 'desk', title: '调研与建议', requiresLogin: true, roles: ['staff'] },
  complaintNew: { path: 'packages/complaints/new/index', pkg: 'complaints', title: '我要投诉', requiresLogin: true, roles: [] },
  complaintDetail: { path: 'packages/complaints/detail/index', pkg: 'complaints', title: '投诉详情', requiresLogin: true, roles: [] },
  complaintDesk: {
    path: 'packages/complaints/desk/index',
    pkg: 'complaints',
    title: '本单位投诉',
    requiresLogin: true,
    roles: ['company_admin'],
  },
  complaintLedger: {
    path: 'packages/complaints/ledger/index',
    pkg: 'complaints',
    title: '投诉受理台账',
    requiresLogin: true,
    roles: ['staff'],
  },
  complaintFigures: {
    path: 'packages/complaints/figures/index',
    pkg: 'complaints',
    title: '投诉统计',
    requiresLogin: true,
    roles: ['staff'],
  },
  complaintCalendar: {
    path: 'packages/complaints/calendar/index',
    pkg: 'complaints',
    title: '工作日历',
    requiresLogin: true,
    roles: ['staff'],
  },
  newsArticle: { path: 'packages/news/article/index', pkg: 'news', title: '资讯', requiresLogin: false, roles: [] },
  newsDesk: { path: 'packages/news/desk/index', pkg: 'news', title: '采编台', requiresLogin: true, roles: ['correspondent', 'staff'] },
  newsEdit: { path: 'packages/news/edit/index', pkg: 'news', title: '稿件', requiresLogin: true, roles: ['correspondent', 'staff'] },
  newsStats: { path: 'packages/news/stats/index', pkg: 'news', title: '资讯统计', requiresLogin: true, roles: ['staff'] },
  activityDetail: { path: 'packages/activities/detail/index', pkg: 'activities', title: '活动详情', requiresLogin: false, roles: [] },
  activitySignup: { path: 'packages/activities/signup/index', pkg: 'activities', title: '报名', requiresLogin: true, roles: [] },
  activityTicket: { path: 'packages/activities/ticket/index', pkg: 'activities', title: '电子票', requiresLogin: true, roles: [] },
  certificateVerify: { path: 'packages/activities/verify/index', pkg: 'activities', title: '证书查验', requiresLogin: false, roles: [] },
  activityCompany: {
    path: 'packages/activities/company/index',
    pkg: 'activities',
    title: '为员工报名',
    requiresLogin: true,
    roles: ['company_admin'],
  },
  companyRegistrations: {
    path: 'packages/activities/company-list/index',
    pkg: 'activities',
    title: '本单位报名',
    requiresLogin: true,
    roles: ['company_admin'],
  },
  activityManage: { path: 'packages/activities/manage/index', pkg: 'activities', title: '活动管理', requiresLogin: true, roles: ['staff'] },
  activityEdit: { path: 'packages/activities/edit/index', pkg: 'activities', title: '编辑活动', requiresLogin: true, roles: ['staff'] },
  activityCheckIn: { path: 'packages/activities/checkin/index', pkg: 'activities', title: '签到', requiresLogin: true, roles: ['staff'] },
  activityRoster: {
    path: 'packages/activities/roster/index',
    pkg: 'activities',
    title: '名单与成绩',
    requiresLogin: true,
    roles: ['staff'],
  },
  activityFigures: {
    path: 'packages/activities/figures/index',
    pkg: 'activities',
    title: '活动统计',
    requiresLogin: true,
    roles: ['staff'],
  },
  memberDirectory: { path: 'packages/members/directory/index', pkg: 'members', title: '会员单位', requiresLogin: false, roles: [] },
  memberCompany: { path: 'packages/members/company/index', pkg: 'members', title: '单位详情', requiresLogin: false, roles: [] },
  memberCompanyEdit: {
    path: 'packages/members/company-edit/index',
    pkg: 'members',
    title: '编辑会员单位',
    requiresLogin: true,
    roles: ['staff'],
  },
  memberCommunities: {
    path: 'packages/members/communities/index',
    pkg: 'members',
    title: '小区管理',
    requiresLogin: true,
    roles: ['staff'],
  },
  memberCommunityEdit: {
    path: 'packages/members/community-edit/index',
    pkg: 'members',
    title: '编辑小区',
    requiresLogin: true,
    roles: ['staff'],
  },
  memberImport: { path: 'packages/members/import/index', pkg: 'members', title: 'Excel 导入', requiresLogin: true, roles: ['staff'] },
  memberCommendations: {
    path: 'packages/members/commendations/index',
    pkg: 'members',
    title: '表彰登记',
    requiresLogin: true,
    roles: ['staff'],
  },
  memberInvitations: {
    path: 'packages/members/invitations/index',
    pkg: 'members',
    title: '邀请码与员工',
    requiresLogin: true,
    roles: ['company_admin'],
  },
  memberBind: { path: 'packages/members/bind/index', pkg: 'members', title: '绑定企业', requiresLogin: true, roles: [] },
  myCommendations: { path: 'packages/members/honors/index', pkg: 'members', title: '我的表彰', requiresLogin: true, roles: [] },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;
export type TabRouteName = { [K in RouteName]: (typeof ROUTES)[K] extends { tab: object } ? K : never }[RouteName];

const ALL: ReadonlyArray<readonly [RouteName, RouteDef]> = Object.entries(ROUTES) as Array<[RouteName, RouteDef]>;

/** Tab routes in tab-bar order. */
export const TAB_ROUTES: readonly TabRouteName[] = ['home', 'activities', 'complaints', 'me'];

/** Pages of the main package, first one is the launch page. */
export function mainPages(): string[] {
  return ALL.filter(([, r]) => r.pkg === 'main').map(([, r]) => r.path);
}

/** Sub-packages in the shape app.config wants: a root folder and page paths relative to it. */
export function subPackages(): Array<{ root: string; pages: string[] }> {
  const byPkg = new Map<string, string[]>();
  for (const [, r] of ALL) {
    if (r.pkg === 'main') continue;
    const root = `packages/${r.pkg}`;
    const rel = r.path.slice(root.length + 1);
    byPkg.set(root, [...(byPkg.get(root) ?? []), rel]);
  }
  return [...byPkg.entries()].map(([root, pages]) => ({ root, pages }));
}

export function isTabRoute(name: RouteName): name is TabRouteName {
  return (TAB_ROUTES as readonly RouteName[]).includes(name);
}

/** Absolute URL for navigation, with query parameters encoded. */
export function routeUrl(name: RouteName, params: Record<string, string | number | undefined> = {}): string {
  const query = Object.entries(params)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const base = `/${ROUTES[name].path}`;
  return query ? `${base}?${query}` : base;
}

/** Finds the route for a page path such as "/packages/desk/index/index" or "pages/me/index". */
export function routeByPath(path: string): RouteName | undefined {
  const clean = path.replace(/^\//, '').split('?')[0];
  return ALL.find(([, r]) => r.path === clean)?.[0];
}

export type AccessDecision = 'allow' | 'login' | 'forbidden';

/** Whether a user with these roles (or no session) may open the route. */
export function canOpen(name: RouteName, session: { roles: readonly Role[] } | null): AccessDecision {
  const r: RouteDef = ROUTES[name];
  if (!r.requiresLogin) return 'allow';
  if (!session) return 'login';
  if (r.roles.length === 0) return 'allow';
  return hasAnyRole(session.roles, r.roles) ? 'allow' : 'forbidden';
}
