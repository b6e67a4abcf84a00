import { maskPersonName } from '@wuxie/shared/activities';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { current, loginAsDemo, see, shot, visitRoute } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;
const MIN = 60_000;

const loginAs = (page: Page, username: string) => loginAsDemo(page, baseUrl, username);
const visit = (page: Page, routePath: string) => visitRoute(page, baseUrl, routePath);

/** The API as one demo account, for setting the stage (what staff would do on the desk). */
function apiAs(username: string) {
  // The e2e server's access tokens live 30 s, so each call logs in afresh.
  const token = async () => {
    const login = await fetch(`${baseUrl}/api/auth/login/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo1234' }),
    });
    return ((await login.json()) as { accessToken: string }).accessToken;
  };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${await token()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
/** "YYYY-MM-DD HH:mm" in Beijing time, the way staff type times into the form. */
const beijing = (msFromNow: number) => new Date(Date.now() + msFromNow + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('activities from sign-up to certificate', () => {
  it(
    'waitlist, promotion on a cancellation, check-in by typed code, an exam pass and its public verification',
    { timeout: 240_000 },
    async () => {
      const tag = Date.now().toString(36);
      const staffApi = apiAs('staff');
      // Staff create the training on the phone (capacity 1, waitlist on) and publish it.
      const staff = await browser();
      await loginAs(staff, 'staff');
      await visit(staff, 'packages/activities/edit/index');
      await see(staff, '保存草稿');
      const training = { title: `物业服务礼仪培训${tag}` };
      const form = current(staff);
      await form.getByText('培训', { exact: true }).click();
      await form.locator('input[name="title"]').fill(training.title);
      await form.locator('input[name="place"]').fill('协会三楼会议室');
      await form.locator('input[name="startAt"]').fill(beijing(60 * MIN));
      await form.locator('input[name="endAt"]').fill(beijing(180 * MIN));
      await form.locator('input[name="signupStartAt"]').fill(beijing(-5 * MIN));
      await form.locator('input[name="signupEndAt"]').fill(beijing(50 * MIN));
      await form.locator('input[name="capacity"]').fill('1');
      await shot(staff, 'activities-00-staff-create');
      await form.locator('.edit-save').click();
      await staff.waitForURL(/activities\/detail\/index\?id=\d+/);
      await current(staff).locator('.ad-publish').waitFor();
      const trainingId = Number(/[?&]id=(\d+)/.exec(staff.url())?.[1]);
      expect(trainingId).toBeGreaterThan(0);
      await current(staff).locator('.ad-publish').click();
      await staff.locator('.taro__modal .taro-model__confirm').click();
      await see(staff, '报名中');

      const exam = {
        type: 'exam',
        title: `物业管理员技能等级认定${tag}`,
        place: '淮南职业技术学院实训楼',
        audience: 'member_workers',
        capacity: 30,
        cancelRule: 'not_allowed',
        extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }],
        startAt: iso(3 * 24 * 60 * MIN),
        endAt: iso(3 * 24 * 60 * MIN + 120 * MIN),
        signupStartAt: iso(-5 * MIN),
        signupEndAt: iso(2 * 24 * 60 * MIN),
      };
      const { id: examId } = await staffApi<{ id: number }>('POST', '/activities', exam);
      await staffApi('POST', `/activities/${examId}/publish`);

      // Someone else takes the only seat first.
      const company = await browser();
      await loginAs(company, 'company');
      await visit(company, `packages/activities/detail/index?id=${trainingId}`);
      await see(company, '我要报名');
      await current(company).locator('.ad-signup').click();
      await current(company).locator('.signup-submit').click();
      await see(company, '报名成功');

      // The worker finds the training on the 活动 tab and joins the waitlist.
      const worker = await browser();
      await loginAs(worker, 'worker');
      await visit(worker, 'pages/activities/index');
      await (await see(worker, training.title)).click();
      await see(worker, '已满·可候补');
      await shot(worker, 'activities-01-detail-full');
      await see(worker, '名额已满，排候补');
      await current(worker).locator('.ad-signup').click();
      await current(worker).locator('.signup-submit').click();
      await see(worker, '已登记候补，第 1 位');
      await shot(worker, 'activities-02-waitlisted');

      // The first one cancels; the worker is promoted in the same transaction.
      await visit(company, 'packages/activities/mine/index');
      await current(company).locator('.card').filter({ hasText: training.title }).locator('.registration-box__cancel').click();
      await company.locator('.taro__modal .taro-model__confirm').click();
      await see(company, '已取消');

      await visit(worker, 'packages/activities/mine/index');
      const card = current(worker).locator('.card').filter({ hasText: training.title });
      await card.getByText('已由候补转为正式报名').waitFor();
      await card.locator('.registration-box__ticket').click();
      const code = (await (await see(worker, /^\d+-[0-9A-Z]{5}-[0-9A-Z]{5}$/)).textContent()) ?? '';
      expect(await current(worker).locator('.ticket__qr img').getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
      await shot(worker, 'activities-03-ticket');

      // Staff check the worker in by typing the code; a second try says when.
      await visit(staff, `packages/activities/checkin/index?id=${trainingId}`);
      await see(staff, training.title);
      await current(staff).locator('input[name="ticketCode"]').fill(code.toLowerCase());
      await current(staff).locator('.checkin-submit').click();
      await see(staff, '签到成功');
      await shot(staff, 'activities-04-checked-in');
      await current(staff).locator('input[name="ticketCode"]').fill(code);
      await current(staff).locator('.checkin-submit').click();
      await see(staff, /^已于 \d\d:\d\d 签到$/);
      await current(staff)
        .locator('input[name="ticketCode"]')
        .fill(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
      await current(staff).locator('.checkin-submit').click();
      await see(staff, /票码无效/);

      // The worker signs up for the exam; the ID number is checked while typed.
      await visit(worker, `packages/activities/detail/index?id=${examId}`);
      await see(worker, '我要报名');
      await current(worker).locator('.ad-signup').click();
      const idInput = current(worker).locator('input[name="idNumber"]');
      await idInput.fill('110105194912310021');
      await see(worker, /校验位/);
      await shot(worker, 'activities-05-id-check');
      await idInput.fill('11010519491231002X');
      await see(worker, '✓ 格式正确');
      await current(worker).locator('.signup-submit').click();
      await see(worker, '报名成功');

      // The exam takes place (staff move it to now), and staff record a pass.
      await staffApi('PUT', `/activities/${examId}`, {
        ...exam,
        signupStartAt: iso(-120 * MIN),
        signupEndAt: iso(-90 * MIN),
        startAt: iso(-60 * MIN),
        endAt: iso(60 * MIN),
      });
      const me = await apiAs('worker')<{ name: string }>('GET', '/me');
      await visit(staff, `packages/activities/roster/index?id=${examId}`);
      const entry = current(staff).locator('.roster-item').filter({ hasText: me.name });
      await entry.locator('input[name^="score-"]').fill('88.5');
      await entry.locator('.roster-pass').click();
      const certificateText = await entry.getByText(/证书 ZS\d+/).textContent({ timeout: 15_000 });
      const certificateNo = /ZS\d+/.exec(certificateText ?? '')?.[0] ?? '';
      expect(certificateNo).toMatch(/^ZS\d{12,}$/);
      await shot(staff, 'activities-06-result');

      // Anyone can verify it without logging in; the name is partly hidden.
      const visitor = await browser();
      await visit(visitor, `packages/activities/verify/index?no=${certificateNo}`);
      await see(visitor, '证书有效');
      await see(visitor, maskPersonName(me.name));
      expect(await current(visitor).textContent()).not.toContain(me.name);
      await shot(visitor, 'activities-07-verified');
    },
  );
});
