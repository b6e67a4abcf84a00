import { describe, expect, inject, it } from 'vitest';
import { current, loginAsDemo, see, shot, tab, visitRoute, waitForPage } from '../harness/app';
import { usePhoneBrowsers } from '../harness/browsers';

const baseUrl = inject('baseUrl');
const browser = usePhoneBrowsers().page;

/** The overrides the API holds for a year, as staff would read them. */
async function overridesOf(year: string): Promise<{ date: string; isWorkday: boolean; note: string }[]> {
  const login = await fetch(`${baseUrl}/api/auth/login/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: 'demo1234' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${baseUrl}/api/complaints/work-calendar?year=${year}`, { headers: { authorization: `Bearer ${accessToken}` } });
  return ((await res.json()) as { days: { date: string; isWorkday: boolean; note: string }[] }).days;
}

describe('the working-day calendar', () => {
  it('staff open it from the complaints tab, mark a holiday and a make-up working day next month, and take the holiday back', async () => {
    const staff = await browser();
    await loginAsDemo(staff, baseUrl, 'staff');
    await tab(staff, '投诉');
    await current(staff).locator('.complaints-calendar-link').click();
    await waitForPage(staff, 'packages/complaints/calendar/index');
    await see(staff, '按工作日计算');

    // Next month: a weekday becomes a holiday.
    await current(staff).locator('.wc-next').click();
    const page = current(staff);
    const weekday = page.locator('.wc-day:not(.wc-day--weekend):not(.wc-day--off):not(.wc-day--work)').first();
    const holiday = (await weekday.getAttribute('data-date')) ?? '';
    expect(holiday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await weekday.click();
    await page.locator('input[name="calendarNote"]').fill('临时放假');
    await expect.poll(() => page.locator('.wc-save').textContent()).toContain('设为放假');
    await page.locator('.wc-save').click();
    await expect.poll(() => page.locator(`.wc-day[data-date="${holiday}"]`).getAttribute('class')).toContain('wc-day--off');
    await see(staff, '临时放假');

    // A weekend day of the same month becomes a working day.
    const weekend = page.locator('.wc-day--weekend:not(.wc-day--off):not(.wc-day--work)').first();
    const workday = (await weekend.getAttribute('data-date')) ?? '';
    await weekend.click();
    await expect.poll(() => page.locator('.wc-save').textContent()).toContain('设为调休上班');
    await page.locator('input[name="calendarNote"]').fill('调休上班');
    await page.locator('.wc-save').click();
    await expect.poll(() => page.locator(`.wc-day[data-date="${workday}"]`).getAttribute('class')).toContain('wc-day--work');
    await shot(staff, 'work-calendar-01-marked');
    await expect
      .poll(() => overridesOf(holiday.slice(0, 4)))
      .toEqual(
        expect.arrayContaining([
          { date: holiday, isWorkday: false, note: '临时放假' },
          { date: workday, isWorkday: true, note: '调休上班' },
        ]),
      );

    // The holiday is taken back; the make-up day stays.
    await page.locator(`.wc-day[data-date="${holiday}"]`).click();
    await page.locator('.wc-remove').click();
    await staff.locator('.taro__modal .taro-model__confirm').click();
    await expect.poll(() => page.locator(`.wc-day[data-date="${holiday}"]`).getAttribute('class')).not.toContain('wc-day--off');
    const left = await overridesOf(holiday.slice(0, 4));
    expect(left.some((d) => d.date === holiday)).toBe(false);
    expect(left).toContainEqual({ date: workday, isWorkday: true, note: '调休上班' });
  });

  it('is not for residents', async () => {
    const resident = await browser();
    await loginAsDemo(resident, baseUrl, 'resident');
    await visitRoute(resident, baseUrl, 'packages/complaints/calendar/index');
    await see(resident, '只有协会工作人员可以查看');
  });
});
