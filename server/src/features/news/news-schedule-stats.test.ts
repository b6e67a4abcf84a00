import { createArticle, createCompany, createUser } from '@wuxie/prisma/factories';
import { newsStatsSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { publishDueArticles } from './news.service';
import { expectStatus, login, uniqueWord } from './news.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

describe('scheduled publication', () => {
  it('keeps a scheduled article out of the feed until its time, then publishes it at that time', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const word = uniqueWord('定时');
    const created = await expectStatus(
      t.call('POST', '/api/news/desk/articles', {
        token: writer.token,
        body: { title: `${word}通知`, category: 'notice', bodyHtml: '<p>内容</p>' },
      }),
      201,
    );
    const id = Number(created.id);
    await expectStatus(t.call('POST', `/api/news/desk/articles/${id}/actions`, { token: writer.token, body: { action: 'submit' } }), 200);
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await expectStatus(
      t.call('POST', `/api/news/desk/articles/${id}/actions`, {
        token: editor.token,
        body: { action: 'schedule', publishAt: at.toISOString() },
      }),
      200,
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt: at.toISOString() });
    const notice = await t.db.notification.findFirstOrThrow({ where: { userId: writer.id } });
    expect(notice.title).toContain('定时发布');

    expect(await publishDueArticles(t.db)).not.toContain(id);
    const before = await expectStatus(t.call('GET', `/api/news/articles?q=${encodeURIComponent(word)}`), 200);
    expect(before.items).toEqual([]);
    await expectStatus(t.call('GET', `/api/news/articles/${id}`), 404);

    expect(await publishDueArticles(t.db, new Date(at.getTime() + 1_000))).toContain(id);
    const after = await expectStatus(t.call('GET', `/api/news/articles?q=${encodeURIComponent(word)}`), 200);
    expect(after.items).toMatchObject([{ id, publishedAt: at.toISOString() }]);
    expect(await t.db.auditLog.count({ where: { entityId: String(id), action: 'article.published_on_schedule', actorId: null } })).toBe(1);
    expect(await publishDueArticles(t.db, new Date(at.getTime() + 2_000))).not.toContain(id);
  });
});

describe('news figures', () => {
  it('counts published articles per category and Beijing month, and ranks correspondents in the period', async () => {
    const staff = await login(t, ['staff']);
    const company = await createCompany(t.db);
    const first = await createUser(t.db, { roles: ['worker', 'correspondent'], companyId: company.id, name: '第一名' });
    const second = await createUser(t.db, { roles: ['correspondent'], name: '第二名' });
    const staffWriter = await createUser(t.db, { roles: ['staff'] });
    // 2031 is empty in every other test: these rows are the whole period.
    const at = (iso: string) => new Date(iso);
    await createArticle(t.db, { authorId: first.id, category: 'industry', publishedAt: at('2031-01-31T16:30:00Z') }); // Feb 1st, 00:30 Beijing
    await createArticle(t.db, { authorId: first.id, category: 'industry', publishedAt: at('2031-02-10T02:00:00Z') });
    await createArticle(t.db, { authorId: first.id, category: 'member_style', publishedAt: at('2031-03-01T02:00:00Z') });
    await createArticle(t.db, { authorId: second.id, category: 'industry', publishedAt: at('2031-01-15T02:00:00Z') });
    await createArticle(t.db, {
      authorId: second.id,
      category: 'industry',
      status: 'unpublished',
      publishedAt: at('2031-01-16T02:00:00Z'),
    });
    await createArticle(t.db, { authorId: staffWriter.id, category: 'notice', publishedAt: at('2031-01-20T02:00:00Z') });
    await createArticle(t.db, { authorId: second.id, category: 'notice', publishedAt: at('2031-04-01T02:00:00Z') });

    const stats = newsStatsSchema.parse(
      await expectStatus(t.call('GET', '/api/news/stats?from=2031-01-01&to=2031-03-31', { token: staff.token }), 200),
    );
    expect(stats.byCategoryMonth).toEqual([
      { month: '2031-01', category: 'industry', count: 1 },
      { month: '2031-01', category: 'notice', count: 1 },
      { month: '2031-02', category: 'industry', count: 2 },
      { month: '2031-03', category: 'member_style', count: 1 },
    ]);
    expect(stats.correspondents).toEqual([
      { userId: first.id, name: '第一名', companyName: company.name, published: 3, rank: 1 },
      { userId: second.id, name: '第二名', companyName: null, published: 1, rank: 2 },
    ]);
  });

  it('is for staff only', async () => {
    const writer = await login(t, ['correspondent']);
    await expectStatus(t.call('GET', '/api/news/stats?from=2031-01-01&to=2031-03-31', { token: writer.token }), 403);
  });
});
