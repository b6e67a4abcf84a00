import { seedDemo } from '@wuxie/prisma/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, sessionSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
}, 180_000);
afterAll(() => closeTestApp(t));

describe('the demo accounts the login screen offers', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a] as const))(
    '%s logs in with the demo password and holds the listed roles',
    async (username, account) => {
      const res = await t.call('POST', '/api/auth/login/password', { body: { username, password: DEMO_PASSWORD } });
      expect(res.status).toBe(200);
      const session = sessionSchema.parse(await readJson(res));
      expect([...session.user.roles].sort()).toEqual([...account.roles].sort());
    },
  );

  it('binds the worker-side demo accounts to one member company', async () => {
    const companies = new Set<number | undefined>();
    for (const username of ['company', 'worker', 'writer']) {
      const session = sessionSchema.parse(
        await readJson(await t.call('POST', '/api/auth/login/password', { body: { username, password: DEMO_PASSWORD } })),
      );
      companies.add(session.user.company?.id);
    }
    expect(companies.size).toBe(1);
    expect([...companies][0]).toEqual(expect.any(Number));
  });
});
