import { beforeEach, describe, expect, inject, it } from 'vitest';
import { current, loginWithForm, openRoute, see, tab } from '../harness/app';
import type { PhoneBrowser } from '../harness/browser';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browsers = usePhoneBrowsers();
let b: PhoneBrowser;

beforeEach(async () => {
  b = await browsers.open();
});

describe('the session', () => {
  it('is refreshed once when the access token expires, without sending the user to login', async () => {
    const { page } = b;
    const calls: Array<{ path: string; status: number }> = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.startsWith('/api/')) calls.push({ path: url.pathname, status: res.status() });
    });
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'resident', 'demo1234');
    await see(page, '我的投诉');

    // The server issues 30-second access tokens in this suite (see harness/server.ts).
    await page.waitForTimeout(31_000);
    const mark = calls.length;
    await tab(page, '首页');
    await tab(page, '我的'); // 我的 reloads the profile each time it is shown

    await expect
      .poll(() => calls.slice(mark).filter((c) => c.path === '/api/me').length, {
        timeout: 10_000,
        message: '我的 reloads the profile when shown',
      })
      .toBeGreaterThan(0);
    await expect
      .poll(() => calls.filter((c) => c.path === '/api/auth/refresh').length, { timeout: 10_000, message: JSON.stringify(calls) })
      .toBe(1);
    expect(calls.slice(mark)).toContainEqual({ path: '/api/me', status: 401 });
    expect(calls.filter((c) => c.path === '/api/auth/refresh')).toEqual([{ path: '/api/auth/refresh', status: 200 }]);
    const refreshedAt = calls.findIndex((c) => c.path === '/api/auth/refresh');
    await expect.poll(() => calls.slice(refreshedAt + 1)).toContainEqual({ path: '/api/me', status: 200 });
    await see(page, '退出登录');
    expect(page.url()).not.toContain('login');
  }, 90_000);

  it('says the network failed, in Chinese, when the server cannot be reached', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await page.context().route('**/api/auth/login/password', (route) => route.abort('internetdisconnected'));
    await loginWithForm(page, 'resident', 'demo1234');
    await see(page, '网络连接失败，请检查网络后重试');
    expect(await current(page).locator('input[name="username"]').inputValue()).toBe('resident');
  });
});
