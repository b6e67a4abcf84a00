// The 活动 tab after a demo login: its list (or its empty state) is on screen every time it is opened, also
// when tabs are tapped faster than pages render. It once showed only the tab bar: a tab tapped away and back
// between Taro's onLoad of the page and React's first render of it left the page hidden, and a second
// copy of it off screen (see mountPagesSynchronously in src/app.ts).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { current, openRoute, see, tab } from '../harness/app';
import type { PhoneBrowser } from '../harness/browser';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browsers = usePhoneBrowsers();
let b: PhoneBrowser;

beforeEach(async () => {
  b = await browsers.open();
});

/**
 * Waits until the address is 活动 and its list or its empty state is on screen: inside the viewport and not
 * covered, which `visible` alone does not say (the broken page's list was in the document, off screen).
 */
async function seeActivities(page: Page): Promise<'list' | 'empty'> {
  const shown = await page.waitForFunction(
    (want) => {
      if (location.hash.replace(/^#/, '').split('?')[0] !== want) return false;
      for (const el of document.querySelectorAll('.activity-card, .state-empty')) {
        const r = el.getBoundingClientRect();
        const left = Math.max(r.left, 0);
        const right = Math.min(r.right, innerWidth);
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, innerHeight);
        if (right <= left || bottom <= top) continue;
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (hit && el.contains(hit) && el.closest('.taro_page')?.id.startsWith(want)) {
          return el.classList.contains('activity-card') ? 'list' : 'empty';
        }
      }
      return false;
    },
    '/pages/activities/index',
    { timeout: 10_000 },
  );
  return (await shown.jsonValue()) as 'list' | 'empty';
}

/** Logs in with a demo account button on the login page, the way a visitor tries the app. */
async function demoLogin(page: Page, username: string): Promise<void> {
  await openRoute(page, baseUrl, 'packages/auth/login/index');
  await see(page, '演示账号');
  await current(page).locator('.privacy-consent .nut-checkbox').click();
  await current(page).locator(`.demo-accounts__item[data-username="${username}"]`).click();
}

const tabItem = (page: Page, label: string) => page.locator('.weui-tabbar__item').filter({ hasText: label });

describe('the 活动 tab after a demo login', () => {
  it('shows its list every time it is opened', async () => {
    const { page } = b;
    await demoLogin(page, 'worker');
    await see(page, '退出登录');
    for (const next of ['我的', '首页'] as const) {
      await tab(page, '活动');
      expect(await seeActivities(page)).toBe('list'); // the demo data has activities open for sign-up
      await tab(page, next);
    }
    await tab(page, '活动');
    expect(await seeActivities(page)).toBe('list');
  });

  it('shows its list when tabs are tapped in quick succession as the login returns', async () => {
    const { page } = b;
    await demoLogin(page, 'resident');
    await page.waitForURL((url) => !url.hash.includes('login'));
    await tabItem(page, '活动').click();
    await tabItem(page, '我的').click();
    await tabItem(page, '活动').click();
    await seeActivities(page);
    // and stays there: a page that loaded late once reLaunched to the address it saw, undoing the last tap
    await page.waitForTimeout(1_000);
    await seeActivities(page);
  });

  it('shows its list when 我的 and 活动 are tapped the moment the router has switched to 活动', async () => {
    const { page } = b;
    await demoLogin(page, 'staff');
    await see(page, '退出登录');
    // The router hides 我的, then calls 活动's onLoad; React rendered 活动 only in a later task. Tapping 我的
    // and 活动 right when 我的 is hidden lands in that gap, which left 活动 blank every time.
    await page.evaluate(() => {
      const items = document.querySelectorAll<HTMLElement>('.weui-tabbar__item');
      const me = [...document.querySelectorAll('.taro_page')].find((el) => el.id.startsWith('/pages/me/index'));
      if (!me) throw new Error('我的 is not open');
      const observer = new MutationObserver(() => {
        if (!me.classList.contains('taro_page_shade')) return;
        observer.disconnect();
        items[3]?.click(); // 我的
        void Promise.resolve().then(() => items[1]?.click()); // 活动
      });
      observer.observe(me, { attributes: true, attributeFilter: ['class'] });
      items[1]?.click(); // 活动
    });
    expect(await seeActivities(page)).toBe('list');
    await page.waitForTimeout(1_000);
    expect(await seeActivities(page)).toBe('list');
  });
});
