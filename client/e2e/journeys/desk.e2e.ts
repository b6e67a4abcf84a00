import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { current, loginAsDemo, loginWithForm, openRoute, see, shot, tab, visitRoute, waitForPage } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

// The demo data is Huainan's 2024 H1: the desk must show the reference report's figures from records.
const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;

/** Whether F2 drew anything on the chart's canvas (some pixel is not transparent). */
function chartDrawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((canvasId) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#${canvasId} canvas`);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || canvas.width === 0) return false;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  }, id);
}

describe('the association’s desk', () => {
  it('staff open the desk, read 2024 H1’s figures with charts and candidates, preview and download the work report', async () => {
    const page = await browser();
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'staff', 'demo1234');
    await see(page, '退出登录');
    await tab(page, '我的');
    await current(page).locator('.me-desk').click();
    await see(page, '协会工作台');
    await current(page).locator('.desk-entry--deskDashboard').click();
    await waitForPage(page, 'packages/desk/dashboard/index');
    await see(page, '全部数字与来源');

    // A desktop browser at the association's office, on the first half of 2024.
    await page.setViewportSize({ width: 1280, height: 900 });
    await openRoute(page, baseUrl, 'packages/desk/dashboard/index?period=year&year=2024');
    await page.reload();
    await see(page, '2024年（2024-01-01 至 2024-12-31）');
    await current(page).locator('.period-picker__kind').filter({ hasText: '上半年' }).click();
    await see(page, '2024年上半年（2024-01-01 至 2024-06-30）');
    const value = (key: string) => current(page).locator(`.desk-figure--${key} .desk-figure__value`).textContent();
    await expect.poll(() => value('activities_held')).toBe('22 场');
    expect(await value('companies')).toBe('186 家');
    expect(Number((await value('participants'))?.replace(' 人', ''))).toBeGreaterThanOrEqual(3000);
    expect(await value('online_trainings')).toBe('6 场');
    expect(await value('exam_pass_rate')).toBe('84%');
    expect(await value('articles_published')).toBe('187 篇');
    expect(await value('follow_up_satisfaction')).toBe('98%');
    await see(page, '49 / 50');
    await see(page, '优秀会员单位候选');
    expect(await current(page).locator('.desk-candidate').count()).toBeGreaterThanOrEqual(20);
    await expect.poll(() => chartDrawn(page, 'chart-activities'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => chartDrawn(page, 'chart-articles'), { timeout: 10_000 }).toBe(true);
    await shot(page, 'desk-01-dashboard-desktop');
    await current(page)
      .locator('.desk-figures')
      .screenshot({ path: `${import.meta.dirname}/../screenshots/desk-02-figures.png` });

    const download = page.waitForEvent('download');
    await current(page).locator('.desk-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5_000);

    await current(page).locator('.desk-preview').click();
    await waitForPage(page, 'packages/desk/report/index');
    await see(page, '淮南市物业管理协会2024年上半年工作报告');
    await see(page, /共举办各类活动 22 场/);
    await see(page, /合格率 84%/);
    await shot(page, 'desk-03-report');
  });

  it('a figure opens the list behind it, filtered the same way, holding as many rows as the figure says', async () => {
    const page = await browser();
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginAsDemo(page, baseUrl, 'staff');
    await tab(page, '我的');
    await current(page).locator('.me-desk').click();
    await see(page, '协会工作台');
    await current(page).locator('.desk-entry--deskDashboard').click();
    await waitForPage(page, 'packages/desk/dashboard/index');
    await visitRoute(page, baseUrl, 'packages/desk/dashboard/index?period=h1&year=2024');
    await see(page, '2024年上半年（2024-01-01 至 2024-06-30）');
    const figureValue = async (key: string) => {
      const text = await current(page).locator(`.desk-figure--${key} .desk-figure__value`).textContent();
      return Number(text?.replace(/\D+$/, ''));
    };
    await expect.poll(() => figureValue('online_trainings')).toBeGreaterThan(0);
    // A fresh load rather than history.back(): on a fast machine the restored page can still be
    // hidden by the leaving page's transition when the next click comes.
    const backToDashboard = async () => {
      await visitRoute(page, baseUrl, 'packages/desk/dashboard/index?period=h1&year=2024');
      await see(page, '2024年上半年（2024-01-01 至 2024-06-30）');
      await expect.poll(() => figureValue('online_trainings')).toBeGreaterThan(0);
    };

    // 线上培训: the activity list opens on the period's online trainings, every one of them on screen.
    const trainings = await figureValue('online_trainings');
    await current(page).locator('.desk-figure--online_trainings').click();
    await waitForPage(page, 'packages/activities/manage/index');
    await see(page, `共 ${trainings} 场`);
    await see(page, '2024-01-01 至 2024-06-30 已举办的线上培训活动');
    await expect.poll(() => current(page).locator('.activity-card').count()).toBe(trainings);
    await shot(page, 'desk-05-figure-list-activities');

    // 举办活动 and 参加人数: the lists say the same totals as the figures.
    await backToDashboard();
    const held = await figureValue('activities_held');
    await current(page).locator('.desk-figure--activities_held').click();
    await waitForPage(page, 'packages/activities/manage/index');
    await see(page, `共 ${held} 场`);
    await backToDashboard();
    const people = await figureValue('participants');
    await current(page).locator('.desk-figure--participants').click();
    await waitForPage(page, 'packages/desk/records/index');
    await see(page, `共 ${people} 人`);
    expect(await current(page).locator('.desk-records__item').count()).toBeGreaterThan(0);
    await shot(page, 'desk-06-figure-list-people');
  });

  it('a phone shows the same figures, and the desk stays closed to a worker', async () => {
    const page = await browser();
    await openRoute(page, baseUrl, 'packages/auth/login/index');
    await see(page, '演示账号');
    await loginWithForm(page, 'staff', 'demo1234');
    await see(page, '退出登录');
    await openRoute(page, baseUrl, 'packages/desk/dashboard/index?period=h1&year=2024');
    await page.reload();
    await see(page, '2024年上半年（2024-01-01 至 2024-06-30）');
    await expect.poll(() => current(page).locator('.desk-figure--articles_published .desk-figure__value').textContent()).toBe('187 篇');
    await shot(page, 'desk-04-dashboard-phone');

    const worker = await browser();
    await openRoute(worker, baseUrl, 'packages/auth/login/index');
    await see(worker, '演示账号');
    await loginWithForm(worker, 'worker', 'demo1234');
    await see(worker, '退出登录');
    await openRoute(worker, baseUrl, 'packages/desk/dashboard/index');
    await worker.reload();
    await see(worker, '数据看板只对协会工作人员开放');
  });
});
