import { existsSync } from 'node:fs';
import path from 'node:path';
import { DESK_ROLES } from '@wuxie/shared/auth';
import { describe, expect, it } from 'vitest';
import { ROUTES, TAB_ROUTES, canOpen, isTabRoute, mainPages, routeByPath, routeUrl, subPackages, type RouteName } from './routes';

const src = path.resolve(__dirname);
const names = Object.keys(ROUTES) as RouteName[];

describe('route table', () => {
  it('has a page file and a page config for every route', () => {
    for (const name of names) {
      const p = ROUTES[name].path;
      expect(existsSync(path.join(src, `${p}.tsx`)), `${p}.tsx`).toBe(true);
      expect(existsSync(path.join(src, `${p}.config.ts`)), `${p}.config.ts`).toBe(true);
    }
  });

  it('keeps only the four tabs in the main package, 首页 first', () => {
    expect(mainPages()).toEqual(['pages/home/index', 'pages/activities/index', 'pages/complaints/index', 'pages/me/index']);
    expect(TAB_ROUTES.map((t) => ROUTES[t].tab.text)).toEqual(['首页', '活动', '投诉', '我的']);
  });

  it('puts every other page in a sub-package whose root prefixes its path', () => {
    const subs = subPackages();
    const listed = subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`));
    const nonTab = names.filter((n) => !isTabRoute(n)).map((n) => ROUTES[n].path);
    expect(listed.sort()).toEqual(nonTab.sort());
    for (const s of subs) expect(s.root).toMatch(/^packages\/[a-z]+$/);
  });

  it('has tab icons (normal and selected) for every tab, since tabs without them show empty boxes', () => {
    for (const t of TAB_ROUTES) {
      const icon = ROUTES[t].tab.icon;
      expect(existsSync(path.join(src, 'assets/tab', `${icon}.png`))).toBe(true);
      expect(existsSync(path.join(src, 'assets/tab', `${icon}-active.png`))).toBe(true);
    }
  });

  it('builds URLs with encoded parameters and finds routes back from paths', () => {
    expect(routeUrl('login', { redirect: '/packages/me/profile/index?a=1' })).toBe(
      '/packages/auth/login/index?redirect=%2Fpackages%2Fme%2Fprofile%2Findex%3Fa%3D1',
    );
    expect(routeUrl('me')).toBe('/pages/me/index');
    for (const n of names) expect(routeByPath(routeUrl(n, { x: 1 }))).toBe(n);
    expect(routeByPath('pages/nowhere/index')).toBeUndefined();
  });
});

describe('who may open a route', () => {
  it('lets anyone open the tabs and the login page', () => {
    for (const n of [...TAB_ROUTES, 'login', 'privacy'] as const) expect(canOpen(n, null)).toBe('allow');
  });

  it('sends visitors of members-only pages to login', () => {
    expect(canOpen('myComplaints', null)).toBe('login');
    expect(canOpen('desk', null)).toBe('login');
  });

  it('opens the desk to exactly the desk roles from shared', () => {
    expect(ROUTES.desk.roles).toBe(DESK_ROLES);
    expect(canOpen('desk', { roles: ['resident'] })).toBe('forbidden');
    expect(canOpen('desk', { roles: ['worker', 'correspondent'] })).toBe('forbidden');
    expect(canOpen('desk', { roles: ['staff'] })).toBe('allow');
    expect(canOpen('desk', { roles: ['admin'] })).toBe('allow');
    expect(canOpen('desk', { roles: ['worker', 'company_admin'] })).toBe('allow');
  });

  it('lets an admin open every staff page, since admin counts as staff', () => {
    const staffPages = names.filter((n) => (ROUTES[n].roles as readonly string[]).includes('staff'));
    expect(staffPages).toContain('deskDashboard');
    expect(staffPages).toContain('newsStats');
    for (const n of staffPages) expect(canOpen(n, { roles: ['admin'] }), n).toBe('allow');
    expect(canOpen('deskDashboard', { roles: ['worker'] })).toBe('forbidden');
  });

  it('names staff alone in the route table: admin is added by hasRole, never spelt beside staff', () => {
    for (const n of names) expect(ROUTES[n].roles, n).not.toContain('admin');
  });
});
