import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { current, loginAsDemo, see, shot, visitRoute } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;

const loginAs = (page: Page, username: string) => loginAsDemo(page, baseUrl, username);
const visit = (page: Page, routePath: string) => visitRoute(page, baseUrl, routePath);

/** Opens the article on the desk from the review queue (staff). */
async function openFromQueue(page: Page, title: string): Promise<void> {
  await visit(page, 'packages/news/desk/index');
  await see(page, '待审核');
  await (await see(page, title)).click();
  await see(page, '处理记录');
}

describe('news from the correspondents’ desk to the reader', () => {
  it('a draft is submitted, sent back with a note, resubmitted, published, found in the feed and read', async () => {
    const title = `社区义诊进小区${Date.now().toString(36)}`;
    const writer = await browser();
    await loginAs(writer, 'writer');
    await visit(writer, 'packages/news/edit/index');
    await see(writer, '正文');
    const form = current(writer);
    await form.locator('input[name="title"]').fill(title);
    await form.getByText('会员风采').click();
    await form.locator('textarea[name="body"]').fill('## 活动概况\n协会组织会员单位开展义诊活动。\n- 免费测血压\n- 健康咨询');
    await shot(writer, 'news-01-writer-draft');
    await form.locator('.edit-submit').click();
    await see(writer, '待审核');

    const staff = await browser();
    await loginAs(staff, 'staff');
    await openFromQueue(staff, title);
    await current(staff).locator('textarea[name="reviewNote"]').fill('请补充活动时间和地点');
    await shot(staff, 'news-02-staff-review');
    await current(staff).locator('.review-return').click();
    await see(staff, '已退回');

    await writer.reload();
    await see(writer, '编辑意见：请补充活动时间和地点');
    await shot(writer, 'news-03-writer-returned');
    await current(writer)
      .locator('textarea[name="body"]')
      .fill('## 活动概况\n3月5日，协会在田家庵区组织会员单位开展义诊活动。\n- 免费测血压\n- 健康咨询');
    await current(writer).locator('.edit-submit').click();
    await see(writer, '待审核');

    await openFromQueue(staff, title);
    await current(staff).locator('.review-publish').click();
    await see(staff, '查看文章');

    const visitor = await browser();
    await visitor.goto(`${baseUrl}/`);
    await see(visitor, '全部');
    await current(visitor).locator('.home-search__input input, input.home-search__input').first().fill(title);
    await current(visitor).getByText('搜索', { exact: true }).click();
    await current(visitor).locator('.news-item').filter({ hasText: title }).click();
    await see(visitor, '3月5日，协会在田家庵区组织会员单位开展义诊活动。');
    await see(visitor, '通讯员');
    await see(visitor, '阅读 1');
    await shot(visitor, 'news-04-visitor-article');

    // Another reader (staff, logged in) counts too; the visitor reloading does not.
    await staff.getByText('查看文章').click();
    await see(staff, '阅读 2');
    await visitor.reload();
    await see(visitor, '阅读 2');
  }, 180_000);

  it('shows pinned notices above the feed and filters by category', async () => {
    const page = await browser();
    await page.goto(`${baseUrl}/`);
    await see(page, '置顶');
    await shot(page, 'news-05-home');
    await current(page).locator('.home-tab').filter({ hasText: '政策法规' }).click();
    await expect
      .poll(async () => [...new Set(await current(page).locator('.news-item__category').allTextContents())], { timeout: 15_000 })
      .toEqual(['政策法规']);
  });

  it('gives staff the figures: articles per category and month, correspondents ranked', async () => {
    const page = await browser();
    await loginAs(page, 'staff');
    await visit(page, 'packages/news/desk/index');
    await see(page, '待审核');
    await shot(page, 'news-06-staff-desk');
    await current(page).locator('.desk-bar .nut-button').filter({ hasText: '资讯统计' }).click();
    await see(page, '通讯员发稿排名');
    await see(page, '各栏目每月发布数');
    // The demo data's correspondents wrote in 2024 (the association's report period).
    await current(page).locator('.stats-year').filter({ hasText: '2024年' }).click();
    await see(page, '2024-06');
    await expect.poll(() => current(page).locator('.stats-rank__row').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await shot(page, 'news-07-staff-stats');
  });
});
