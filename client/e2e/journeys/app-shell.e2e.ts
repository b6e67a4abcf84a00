// The app shell: tabs, login, 我的, 关怀模式, the desk entry. Feature tabs (news, activities,
// complaints) have their own journeys; here they are only visited, so these stay true as they grow.
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { current, loginWithForm, openRoute, see, shot, tab, waitForPage } from '../harness/app';
import type { PhoneBrowser } from '../harness/browser';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browsers = usePhoneBrowsers();
let b: PhoneBrowser;

beforeEach(async () => {
  b = await browsers.open();
});

describe('a visitor', () => {
  it('walks the four tabs and sees 我的 logged out', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/`);
    await see(page, '物业管理协会');
    await shot(page, 'visitor-01-home');

    await tab(page, '活动');
    await shot(page, 'visitor-02-activities');

    await tab(page, '投诉');
    await see(page, '登录后可以投诉');
    await shot(page, 'visitor-03-complaints');

    await tab(page, '我的');
    await see(page, '未登录');
    expect(await current(page).locator('.me-desk').count()).toBe(0);
    expect(await current(page).locator('.me-logout').count()).toBe(0);
    await shot(page, 'visitor-04-me');

    await tab(page, '首页');
    await see(page, '物业管理协会');
  });

  it('is sent to login from a members-only page and back to it afterwards', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/activities/mine/index');
    await see(page, '演示账号');
    expect(page.url()).toContain('redirect=');
    await loginWithForm(page, 'worker', 'demo1234');
    await waitForPage(page, 'packages/activities/mine/index');
  });
});

describe('logging in', () => {
  it('names what is wrong before sending anything', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await current(page).locator('input[name="username"]').fill('r');
    await current(page).locator('.login-form__submit').click();
    await see(page, '账号至少 2 个字符');
    await see(page, '密码至少 6 位');

    await current(page).locator('input[name="username"]').fill('resident');
    await current(page).locator('input[name="password"]').fill('demo1234');
    await current(page).locator('.login-form__submit').click();
    await see(page, '请先阅读并勾选同意《隐私保护指引》');
    await shot(page, 'login-01-errors');
  });

  it('shows the server’s Chinese message for a wrong password and keeps the account name', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'resident', 'wrong-password');
    await see(page, '账号或密码不正确');
    expect(await current(page).locator('input[name="username"]').inputValue()).toBe('resident');
  });
});

describe('a resident', () => {
  it('logs in, sees the profile and roles, uses 关怀模式 across a reload, and logs out', async () => {
    const { page } = b;
    await page.goto(`${baseUrl}/`);
    await tab(page, '我的');
    await current(page).locator('.me-header__login').click();
    await see(page, '演示账号');
    await shot(page, 'resident-01-login');
    await loginWithForm(page, 'resident', 'demo1234');

    await see(page, '我的投诉');
    await expect.poll(() => current(page).locator('.me-role').allTextContents()).toEqual(['居民']);
    expect(await current(page).locator('.me-desk').count()).toBe(0);
    await shot(page, 'resident-02-me');

    await current(page).locator('.me-care-switch').click();
    await expect.poll(() => current(page).locator('.app-page.care').count()).toBe(1);
    await shot(page, 'resident-03-me-care-mode');
    await page.reload();
    await see(page, '我的投诉');
    await expect.poll(() => current(page).locator('.app-page.care').count()).toBe(1);

    await tab(page, '投诉');
    await see(page, '我要投诉');
    await expect.poll(() => current(page).locator('.app-page.care').count()).toBe(1);
    await shot(page, 'resident-04-complaints-care-mode');

    await tab(page, '我的');
    await current(page).locator('.me-care-switch').click();
    await expect.poll(() => current(page).locator('.app-page.care').count()).toBe(0);
    await current(page).locator('.me-logout').click();
    await page.locator('.taro__modal .taro-model__confirm').click();
    await see(page, '未登录');
  });
});

describe('a worker', () => {
  it('sees the company and the worker role, opens my registrations and certificates, and has no desk', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'worker', 'demo1234');
    await see(page, '我的投诉');
    await expect.poll(() => current(page).locator('.me-role').allTextContents()).toEqual(['从业人员']);
    await see(page, /物业/);
    expect(await current(page).locator('.me-desk').count()).toBe(0);
    await shot(page, 'worker-01-me');

    await current(page).locator('.nut-cell', { hasText: '我的报名' }).click();
    await waitForPage(page, 'packages/activities/mine/index');
    await shot(page, 'worker-02-registrations');
    await page.goBack();
    await waitForPage(page, 'pages/me/index');
    await current(page).locator('.nut-cell', { hasText: '我的证书' }).click();
    await waitForPage(page, 'packages/activities/certificates/index');
  });
});

describe('a staff member', () => {
  it('logs in with a demo account button, walks the tabs and opens the desk', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await current(page).locator('.privacy-consent .nut-checkbox').click();
    await current(page).locator('[data-username="staff"]').click();
    await see(page, '我的投诉');
    await expect.poll(() => current(page).locator('.me-role').allTextContents()).toEqual(['协会工作人员']);
    await shot(page, 'staff-01-me');

    await tab(page, '首页');
    await tab(page, '活动');
    await tab(page, '投诉');
    await tab(page, '我的');
    await current(page).locator('.me-desk').click();
    await see(page, '协会工作台');
    await shot(page, 'staff-02-desk');
  });

  it('is refused the desk when the role does not allow it', async () => {
    const { page } = b;
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'resident', 'demo1234');
    await see(page, '我的投诉');
    await openRoute(page, baseUrl, 'packages/desk/index/index');
    await see(page, '没有工作台权限');
  });
});
