import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { current, see, shot, tab, waitForPage, loginAsDemo, visitRoute } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;

const loginAs = (page: Page, username: string) => loginAsDemo(page, baseUrl, username);
const visit = (page: Page, routePath: string) => visitRoute(page, baseUrl, routePath);

/** The number staff read on the company's page under 已绑定人员. */
async function workerCount(staff: Page, companyId: number): Promise<number> {
  await visit(staff, `packages/members/company/index?id=${companyId}`);
  const text = await (await see(staff, /^\d+ 人$/)).textContent();
  return Number(text?.replace(' 人', ''));
}

describe('member companies', () => {
  it('a company admin hands out a code, a resident binds with it, staff see the worker count change, the admin unbinds', async () => {
    // The company admin finds their tools from 我的 → 会员单位.
    const admin = await browser();
    await loginAs(admin, 'company');
    await tab(admin, '我的');
    await current(admin).locator('.me-members').click();
    await waitForPage(admin, 'packages/members/directory/index');
    await current(admin).locator('.mb-own-company').click();
    await waitForPage(admin, 'packages/members/company/index');
    const companyId = Number(new URL(admin.url().replace('#/', '')).searchParams.get('id'));
    expect(companyId).toBeGreaterThan(0);
    const companyName = (await current(admin).locator('.mb-title').textContent()) ?? '';
    await current(admin).locator('.mb-invitations-link').click();
    await waitForPage(admin, 'packages/members/invitations/index');
    await current(admin).locator('input[name="maxUses"]').fill('2');
    await current(admin).locator('.mb-create-code').click();
    await admin.locator('.taro__modal .taro-model__confirm').click();
    const code = (await current(admin).locator('[data-invitation]').first().getAttribute('data-invitation')) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await see(admin, '已用 0/2 次');
    await shot(admin, 'members-01-admin-code');

    // Staff read the company's bound people before.
    const staff = await browser();
    await loginAs(staff, 'staff');
    const before = await workerCount(staff, companyId);

    // A resident binds with the code, typed loosely (lowercase, a dash); a typo first gets a clear message.
    const resident = await browser();
    await loginAs(resident, 'resident');
    await tab(resident, '我的');
    await current(resident).locator('.me-bind').click();
    await waitForPage(resident, 'packages/members/bind/index');
    await current(resident).locator('input[name="code"]').fill('ABC1');
    await current(resident).locator('.mb-bind').click();
    await see(resident, '邀请码应为 8 位，当前为 4 位');
    await current(resident)
      .locator('input[name="code"]')
      .fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    await current(resident).locator('.mb-bind').click();
    await see(resident, `已绑定 ${companyName}`);
    await shot(resident, 'members-02-bound');
    await current(resident).locator('.mb-back-me').click();
    await see(resident, companyName);
    await see(resident, '从业人员');

    expect(await workerCount(staff, companyId)).toBe(before + 1);
    await shot(staff, 'members-03-staff-company');

    // The admin sees the new worker and unbinds them (they left); staff see the count go back.
    await visit(admin, 'packages/members/invitations/index');
    await see(admin, '已用 1/2 次');
    await current(admin).locator('input[name="workerQuery"]').fill('孙丽华');
    await current(admin).locator('input[name="workerQuery"]').press('Enter');
    await see(admin, '找到 1 人');
    const row = current(admin).locator('.mb-workers .mb-row').filter({ hasText: '孙丽华' });
    await row.locator('.mb-unbind').click();
    await admin.locator('.taro__modal .taro-model__confirm').click();
    await see(admin, '找到 0 人');
    expect(await workerCount(staff, companyId)).toBe(before);
  });

  it('staff reach the members tools from the desk, make a worker their company’s admin, then revoke it', async () => {
    const login = await fetch(`${baseUrl}/api/auth/login/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'worker', password: 'demo1234' }),
    });
    const worker = ((await login.json()) as { user: { id: number; name: string; company: { id: number; name: string } | null } }).user;
    expect(worker.company).not.toBeNull();
    const companyId = worker.company?.id ?? 0;

    // Every members tool has its entry on the desk.
    const staff = await browser();
    await staff.setViewportSize({ width: 1280, height: 900 });
    await loginAs(staff, 'staff');
    await tab(staff, '我的');
    await current(staff).locator('.me-desk').click();
    await see(staff, '协会工作台');
    for (const entry of ['memberDirectory', 'memberCompanyEdit', 'memberCommunities', 'memberImport', 'memberCommendations']) {
      await current(staff).locator(`.desk-entry--${entry}`).waitFor();
    }
    await current(staff).locator('.desk-entry--memberCommunities').click();
    await waitForPage(staff, 'packages/members/communities/index');
    // Back on the desk by a fresh load: on a fast machine the page restored by history.back() can
    // still be hidden by the leaving page's transition when the click comes.
    await visit(staff, 'packages/desk/index/index');
    await see(staff, '协会工作台');
    await current(staff).locator('.desk-entry--memberImport').click();
    await waitForPage(staff, 'packages/members/import/index');

    // On the worker's company page staff find them among its people and make them the admin.
    await visit(staff, `packages/members/company/index?id=${companyId}`);
    await see(staff, '企业管理员');
    await current(staff).locator('input[name="peopleQuery"]').fill(worker.name);
    await current(staff).locator('input[name="peopleQuery"]').press('Enter');
    const row = current(staff).locator(`[data-person-id="${worker.id}"]`);
    await row.locator('.mb-grant-admin').click();
    await staff.locator('.taro__modal .taro-model__confirm').click();
    await staff
      .locator('.taro__modal')
      .getByText(`已将${worker.name}设为“${worker.company?.name ?? ''}”的企业管理员`)
      .waitFor();
    await staff.locator('.taro__modal .taro-model__confirm').click();
    await current(staff).locator(`[data-admin-id="${worker.id}"]`).waitFor();
    await shot(staff, 'members-07-staff-appoint-admin');

    // Logged in again, the worker finds the company desk on 工作台 and hands out a code.
    const admin = await browser();
    await loginAs(admin, 'worker');
    await tab(admin, '我的');
    await current(admin).locator('.me-desk').click();
    await current(admin).locator('.desk-entry--memberInvitations').click();
    await waitForPage(admin, 'packages/members/invitations/index');
    await current(admin).locator('.mb-create-code').click();
    await admin.locator('.taro__modal .taro-model__confirm').click();
    await current(admin).locator('[data-invitation]').first().waitFor();

    // Staff take the role back; the company desk closes to the worker at once.
    await current(staff).locator(`[data-admin-id="${worker.id}"] .mb-revoke-admin`).click();
    await staff.locator('.taro__modal .taro-model__confirm').click();
    await staff
      .locator('.taro__modal')
      .getByText(`已撤销${worker.name}的“${worker.company?.name ?? ''}”企业管理员身份`)
      .waitFor();
    await staff.locator('.taro__modal .taro-model__confirm').click();
    await expect.poll(() => current(staff).locator(`[data-admin-id="${worker.id}"]`).count()).toBe(0);
    // (The server refuses the old token at once; if the 30-second e2e token was refreshed meanwhile,
    // the app already knows the role is gone and says so before asking.)
    await visit(admin, 'packages/members/invitations/index');
    await see(admin, /您已不是该单位的企业管理员|只对企业管理员开放/);
  });

  it('anyone browses the directory; visitors see only the public card of a company', async () => {
    const visitor = await browser();
    await visit(visitor, 'packages/members/directory/index');
    await see(visitor, '会长单位');
    await current(visitor).locator('[data-chips="level"] [data-value="president"]').click();
    const first = current(visitor).locator('[data-company-id]').first();
    await first.waitFor();
    await first.click();
    await waitForPage(visitor, 'packages/members/company/index');
    await see(visitor, '登录后可查看联系人、管理的小区和历年表彰');
    expect(await current(visitor).getByText('信用代码').count()).toBe(0);
    await shot(visitor, 'members-04-visitor-company');
  });

  it('staff add a company on a desktop browser, the credit code checked as it is typed', async () => {
    const staff = await browser();
    await staff.setViewportSize({ width: 1280, height: 900 });
    await loginAs(staff, 'staff');
    await visit(staff, 'packages/members/company-edit/index');
    const form = current(staff);
    await form.locator('input[name="creditCode"]').fill('9134O4');
    await see(staff, '第 5 位“O”不是合法字符');
    await form.locator('input[name="creditCode"]').fill('91110000802100434B');
    await see(staff, '统一社会信用代码校验位不正确');
    await form.locator('input[name="creditCode"]').fill('91110000802100433B');
    await see(staff, '统一社会信用代码校验通过');
    await form.locator('.mb-save').click();
    await see(staff, '单位名称至少 4 个字');
    await form.locator('input[name="name"]').fill(`淮南市浏览器测试${Date.now().toString(36)}物业有限公司`);
    await form.locator('[data-chips="type"] [data-value="outside"]').click();
    await form.locator('.mb-save').click();
    await waitForPage(staff, 'packages/members/company/index');
    await see(staff, '外地进驻');
    await shot(staff, 'members-05-staff-created-desktop');

    // The import screen: the template downloads, and the sheet picked in the file input comes back row by row.
    await visit(staff, 'packages/members/import/index');
    const download = staff.waitForEvent('download');
    await current(staff).locator('.mb-template').click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('会员单位导入模板.xlsx');
    const chooser = staff.waitForEvent('filechooser');
    await current(staff).locator('.mb-pick-file').click();
    await (await chooser).setFiles(await template.path());
    await see(staff, '已选择：');
    await current(staff).locator('.mb-upload').click();
    await see(staff, '会员单位：新增 0，更新 0，无变化 0，');
    await shot(staff, 'members-06-import-desktop');
  });
});
