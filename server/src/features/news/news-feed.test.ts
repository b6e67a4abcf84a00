import { createArticle } from '@wuxie/prisma/factories';
import { articleDetailSchema, articleFeedSchema, type ArticleFeed } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { expectStatus, login, uniqueWord } from './news.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function feed(query: string): Promise<ArticleFeed> {
  return articleFeedSchema.parse(await expectStatus(t.call('GET', `/api/news/articles?${query}`), 200));
}

describe('the public feed', () => {
  it('pages newest first by keyset without gaps or repeats, pinned items only on top of page one', async () => {
    const word = uniqueWord('翻页');
    const created = [];
    for (let i = 0; i < 7; i++) created.push(await createArticle(t.db, { title: `${word}第${i}篇`, publishedAt: minutesAgo(100 - i) }));
    // Two articles published at the same instant are told apart by id.
    const sameInstant = minutesAgo(50);
    created.push(await createArticle(t.db, { title: `${word}同时甲`, publishedAt: sameInstant }));
    created.push(await createArticle(t.db, { title: `${word}同时乙`, publishedAt: sameInstant }));
    const pinned = await createArticle(t.db, { title: `${word}置顶`, publishedAt: minutesAgo(500), pinned: true, pinnedAt: new Date() });

    const seen: number[] = [];
    let page = await feed(`q=${encodeURIComponent(word)}&limit=4`);
    expect(page.pinned.map((a) => a.id)).toEqual([pinned.id]);
    for (;;) {
      seen.push(...page.items.map((a) => a.id));
      if (!page.nextCursor) break;
      page = await feed(`q=${encodeURIComponent(word)}&limit=4&cursor=${page.nextCursor}`);
      expect(page.pinned).toEqual([]);
    }
    const expected = [...created]
      .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id)
      .map((a) => a.id);
    expect(seen).toEqual(expected);
  });

  it('shows only published articles', async () => {
    const word = uniqueWord('状态');
    const visible = await createArticle(t.db, { title: `${word}已发布` });
    for (const status of ['draft', 'submitted', 'returned', 'scheduled', 'unpublished'] as const) {
      await createArticle(t.db, { title: `${word}${status}`, status, publishedAt: minutesAgo(1) });
    }
    const page = await feed(`q=${encodeURIComponent(word)}`);
    expect(page.items.map((a) => a.id)).toEqual([visible.id]);
  });

  it('filters by category', async () => {
    const word = uniqueWord('栏目');
    const notice = await createArticle(t.db, { title: `${word}通知`, category: 'notice' });
    await createArticle(t.db, { title: `${word}动态`, category: 'industry' });
    const page = await feed(`q=${encodeURIComponent(word)}&category=notice`);
    expect(page.items.map((a) => a.id)).toEqual([notice.id]);
  });

  it('finds Chinese words in the title or in the body', async () => {
    const word = uniqueWord('垃圾分类');
    const inTitle = await createArticle(t.db, { title: `${word}示范小区创建`, publishedAt: minutesAgo(2) });
    const inBody = await createArticle(t.db, {
      title: '社区环境整治',
      bodyHtml: `<p>各小区推进<strong>${word}</strong>工作。</p>`,
      publishedAt: minutesAgo(3),
    });
    const page = await feed(`q=${encodeURIComponent(word)}`);
    expect(page.items.map((a) => a.id)).toEqual([inTitle.id, inBody.id]);
  });

  it('takes % and _ in a search literally', async () => {
    const word = uniqueWord('比例');
    const literal = await createArticle(t.db, { title: `${word}达到100%` });
    await createArticle(t.db, { title: `${word}达到1000` });
    expect((await feed(`q=${encodeURIComponent(`${word}达到100%`)}`)).items.map((a) => a.id)).toEqual([literal.id]);
    expect((await feed(`q=${encodeURIComponent(`${word}_`)}`)).items).toEqual([]);
  });

  it('refuses a malformed cursor and an over-long search with field messages', async () => {
    const bad = await expectStatus(t.call('GET', '/api/news/articles?cursor=abc'), 422);
    expect(JSON.stringify(bad.issues)).toContain('翻页游标不正确');
    await expectStatus(t.call('GET', `/api/news/articles?q=${'字'.repeat(41)}`), 422);
  });
});

describe('the article page', () => {
  it('serves a published article with its sanitised body and byline', async () => {
    const article = await createArticle(t.db, { bylineCorrespondent: '王通讯', bylineReporter: '李记者' });
    const body = articleDetailSchema.parse(await expectStatus(t.call('GET', `/api/news/articles/${article.id}`), 200));
    expect(body).toMatchObject({
      id: article.id,
      title: article.title,
      bylineCorrespondent: '王通讯',
      bylineReporter: '李记者',
      bodyHtml: article.bodyHtml,
    });
  });

  it('answers 404 for drafts and articles taken down, so they reveal nothing', async () => {
    for (const status of ['draft', 'submitted', 'unpublished'] as const) {
      const article = await createArticle(t.db, { status });
      const res = await expectStatus(t.call('GET', `/api/news/articles/${article.id}`), 404);
      expect(res.code).toBe('NOT_FOUND');
    }
  });
});

describe('HTTP caching of public reads', () => {
  it('sends an ETag and a short public Cache-Control, and 304 when the client has this version', async () => {
    const article = await createArticle(t.db);
    const first = await t.call('GET', `/api/news/articles/${article.id}`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    const again = await t.call('GET', `/api/news/articles/${article.id}`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('changes the article ETag as soon as staff edit the article', async () => {
    const staff = await login(t, ['staff']);
    const article = await createArticle(t.db);
    const path = `/api/news/articles/${article.id}`;
    const etag = (await t.call('GET', path)).headers.get('etag') ?? '';
    expect((await t.call('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    await expectStatus(
      t.call('PUT', `/api/news/desk/articles/${article.id}`, {
        token: staff.token,
        body: { title: `${article.title}（更正）`, category: article.category, bodyHtml: '<p>更正后的正文</p>' },
      }),
      200,
    );
    const after = await t.call('GET', path, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(articleDetailSchema.parse(await after.json()).title).toBe(`${article.title}（更正）`);
  });

  it('changes the feed ETag as soon as staff publish an article or take it down', async () => {
    const staff = await login(t, ['staff']);
    const word = uniqueWord('缓存');
    const path = `/api/news/articles?q=${encodeURIComponent(word)}`;
    await createArticle(t.db, { title: `${word}一` });
    const first = await t.call('GET', path);
    expect(first.headers.get('cache-control')).toBe('public, max-age=15, stale-while-revalidate=60');
    const etag = first.headers.get('etag') ?? '';
    expect((await t.call('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const draft = await expectStatus(
      t.call('POST', '/api/news/desk/articles', {
        token: staff.token,
        body: { title: `${word}二`, category: 'industry', bodyHtml: '<p>正文</p>' },
      }),
      201,
    );
    await expectStatus(
      t.call('POST', `/api/news/desk/articles/${String(draft.id)}/actions`, { token: staff.token, body: { action: 'publish' } }),
      200,
    );
    const afterPublish = await t.call('GET', path, { headers: { 'if-none-match': etag } });
    expect(afterPublish.status).toBe(200);
    expect(articleFeedSchema.parse(await afterPublish.json()).items.map((a) => a.title)).toEqual([`${word}二`, `${word}一`]);

    await expectStatus(
      t.call('POST', `/api/news/desk/articles/${String(draft.id)}/actions`, { token: staff.token, body: { action: 'unpublish' } }),
      200,
    );
    const afterTakedown = await t.call('GET', path, { headers: { 'if-none-match': afterPublish.headers.get('etag') ?? '' } });
    expect(afterTakedown.status).toBe(200);
    expect(afterTakedown.headers.get('etag')).toBe(etag);
  });
});
