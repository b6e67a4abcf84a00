import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { current, loginAsDemo, see, shot, visitRoute } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;

/** A fresh browser logged in as a demo account, left on `route`. */
async function as(username: string, route: string): Promise<Page> {
  const page = await browser();
  await loginAsDemo(page, baseUrl, username);
  await visitRoute(page, baseUrl, route);
  return page;
}

async function apiLogin(username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A community the demo company manages (from its desk), so its admin gets the complaint. */
async function demoCompanyCommunity(): Promise<string> {
  const token = await apiLogin('company');
  const res = await fetch(`${baseUrl}/api/complaints/desk?tab=all&limit=1`, { headers: { authorization: `Bearer ${token}` } });
  const page = (await res.json()) as { items: { communityName: string }[] };
  const name = page.items[0]?.communityName;
  if (!name) throw new Error('the seed gave the demo company no complaint to learn a community from');
  return name;
}

/** A real JPEG drawn by the browser itself. */
async function photoFrom(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.fillStyle = '#8aa';
      ctx.fillRect(0, 0, 320, 240);
      ctx.fillStyle = '#c8102e';
      ctx.fillRect(40, 40, 120, 90);
    }
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function takeAction(page: Page, action: string, note?: string): Promise<void> {
  const view = current(page);
  await view.locator(`.panel-action--${action}`).click();
  if (note !== undefined) await view.locator('.panel__note textarea').fill(note);
  await view.locator('.panel-confirm').click();
}

describe('a complaint, from filing to a rated close', () => {
  it('is filed with a photo by a resident, answered by the company, followed up by staff and seen closed and rated', async () => {
    const community = await demoCompanyCommunity();

    // The resident files it.
    const resident = await as('resident', 'packages/complaints/new/index');
    await see(resident, '投诉类别');
    const form = current(resident);
    await form.getByText('电梯安全', { exact: true }).click();
    await form.locator('input[name="communitySearch"]').fill(community.slice(0, 4));
    await form.locator('.cf__option').filter({ hasText: community }).first().click();
    await form.locator('input[name="title"]').fill('电梯运行异响抖动');
    await form.locator('textarea').first().fill('2 号楼电梯运行时有明显异响和抖动，老人孩子乘坐很害怕，希望尽快检修。');
    const chooser = resident.waitForEvent('filechooser');
    await form.locator('.photo-grid__add').click();
    await (await chooser).setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await photoFrom(resident) });
    await expect.poll(() => form.locator('.photo-grid__item').count(), { timeout: 15_000 }).toBe(1);
    const phone = form.locator('input[name="contactPhone"]');
    if ((await phone.inputValue()) === '') await phone.fill('13912345678');
    await shot(resident, 'complaints-01-filing');
    await form.locator('.cf-submit').click();
    await see(resident, '办理过程');
    await see(resident, '待受理');
    const id = /[?&]id=(\d+)/.exec(resident.url())?.[1] ?? null;
    expect(id).toMatch(/^\d+$/);
    await shot(resident, 'complaints-02-filed');
    const detailRoute = `packages/complaints/detail/index?id=${id}`;

    // Staff accept it and assign it to the community's company.
    const staff = await as('staff', detailRoute);
    await see(staff, '电梯运行异响抖动');
    await takeAction(staff, 'accept', '已受理，转物业企业处理');
    await see(staff, '已受理');
    await takeAction(staff, 'assign');
    await see(staff, '办理中');

    // The company finds it on its desk, replies and marks it resolved.
    const company = await as('company', 'packages/complaints/desk/index');
    await current(company).locator(`[data-complaint-id="${id}"]`).click();
    await see(company, '回复居民');
    await takeAction(company, 'reply', '已安排电梯维保单位上门检修，更换了导靴并完成调试，运行恢复正常。');
    await see(company, '已回复');
    await takeAction(company, 'resolve');
    await see(company, '待评价');
    await shot(company, 'complaints-03-company-replied');

    // Staff run the follow-up visit by phone and record the rating.
    await staff.reload();
    await see(staff, '待评价');
    const panel = current(staff);
    await panel.locator('.panel-action--follow_up').click();
    await panel.locator('.panel-rating--satisfied').click();
    await panel.locator('.panel__note textarea').fill('电话回访，居民表示电梯已正常');
    await panel.locator('.panel-confirm').click();
    await see(staff, '已办结');
    await shot(staff, 'complaints-04-staff-followed-up');

    // The resident sees it closed and rated, with the company's reply and their photo.
    await resident.reload();
    await see(resident, '已办结');
    await see(resident, '满意');
    await see(resident, '已安排电梯维保单位上门检修');
    const img = current(resident).locator('.photo-row__img img, img.photo-row__img').first();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { timeout: 15_000 }).toBe(320);
    await shot(resident, 'complaints-05-resident-closed');
  }, 240_000);
});
