import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const SHOTS = path.resolve(import.meta.dirname, '../screenshots');

/** The page showing now: Taro's H5 keeps visited pages in the DOM, hidden. */
export function current(page: Page): Locator {
  return page.locator('.taro_page').filter({ visible: true }).last();
}

/** Waits until the visible page shows this text. */
export async function see(page: Page, text: string | RegExp): Promise<Locator> {
  const loc = current(page).getByText(text).first();
  await loc.waitFor({ state: 'visible', timeout: 15_000 });
  return loc;
}

export async function openRoute(page: Page, baseUrl: string, routePath: string): Promise<void> {
  await page.goto(`${baseUrl}/#/${routePath}`);
}

const TAB_PATHS = {
  首页: 'pages/home/index',
  活动: 'pages/activities/index',
  投诉: 'pages/complaints/index',
  我的: 'pages/me/index',
} as const;

/** Waits until the page at this route path (e.g. 'pages/me/index') is the one showing. */
export async function waitForPage(page: Page, routePath: string): Promise<void> {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll<HTMLElement>('.taro_page')].some(
        (el) => el.id.split('?')[0] === want && !el.classList.contains('taro_page_shade') && getComputedStyle(el).display !== 'none',
      ),
    `/${routePath}`,
    { timeout: 15_000 },
  );
}

/** Taps a tab in the tab bar by its label and waits until its page is the one showing. */
export async function tab(page: Page, label: keyof typeof TAB_PATHS): Promise<void> {
  await page.locator('.weui-tabbar__item').filter({ hasText: label }).click();
  await waitForPage(page, TAB_PATHS[label]);
}

/** Saves a screenshot of the viewport into e2e/screenshots (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300); // let skeleton-to-content transitions settle
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Fills the password form on the login page, ticks the privacy consent and submits. */
export async function loginWithForm(page: Page, username: string, password: string): Promise<void> {
  const form = current(page);
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('.privacy-consent .nut-checkbox').click();
  await form.locator('.login-form__submit').click();
}

/** Logs in through the login page with a demo account (password demo1234) and waits for 我的. */
export async function loginAsDemo(page: Page, baseUrl: string, username: string): Promise<void> {
  await openRoute(page, baseUrl, 'packages/auth/login/index');
  await see(page, '演示账号');
  await loginWithForm(page, username, 'demo1234');
  await see(page, '退出登录');
}

/**
 * Opens a page by URL in a fresh load of the app. Going to the new hash in the running app would
 * start Taro's router on it, and reloading during that navigation left the router throwing
 * 在已加载页面中没有找到对应的容器元素 (seen in CI); leaving the app for about:blank first means
 * the router only ever sees the new page as the first one. Storage (the session) stays.
 */
export async function visitRoute(page: Page, baseUrl: string, routePath: string): Promise<void> {
  await page.goto('about:blank');
  await openRoute(page, baseUrl, routePath);
}
