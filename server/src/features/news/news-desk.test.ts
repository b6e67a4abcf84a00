import { createArticle, createUpload } from '@wuxie/prisma/factories';
import { deskArticleSchema, type DeskArticle } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { expectStatus, login, uniqueWord } from './news.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

type Who = { id: number; token: string };

async function write(who: Who, overrides: Record<string, unknown> = {}): Promise<DeskArticle> {
  const body = { title: uniqueWord('稿件'), category: 'industry', bodyHtml: '<p>正文内容</p>', ...overrides };
  return deskArticleSchema.parse(await expectStatus(t.call('POST', '/api/news/desk/articles', { token: who.token, body }), 201));
}

function act(who: Who, id: number, body: Record<string, unknown>) {
  return t.call('POST', `/api/news/desk/articles/${id}/actions`, { token: who.token, body });
}

async function feedIds(word: string): Promise<number[]> {
  const feed = await expectStatus(t.call('GET', `/api/news/articles?q=${encodeURIComponent(word)}`), 200);
  return (feed.items as Array<{ id: number }>).map((a) => a.id);
}

describe('the correspondents’ desk', () => {
  it('takes a draft through return with a note, resubmission and publication, notifying the author and keeping an audit trail', async () => {
    const writer = await login(t, ['worker', 'correspondent'], '张通讯');
    const editor = await login(t, ['staff'], '刘编辑');
    const word = uniqueWord('投稿');
    const draft = await write(writer, { title: `${word}社区义诊活动`, bodyHtml: '<p onclick="x()">义诊<script>alert(1)</script></p>' });
    expect(draft).toMatchObject({
      status: 'draft',
      bodyHtml: '<p>义诊</p>',
      bylineCorrespondent: '张通讯',
      bylineReporter: '',
      summary: '义诊',
    });

    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    const queue = await expectStatus(t.call('GET', '/api/news/desk/articles?scope=queue', { token: editor.token }), 200);
    expect((queue.items as Array<{ id: number }>).map((a) => a.id)).toContain(draft.id);

    const returned = deskArticleSchema.parse(
      await expectStatus(act(editor, draft.id, { action: 'return', note: '请补充活动时间和地点' }), 200),
    );
    expect(returned).toMatchObject({ status: 'returned', reviewNote: '请补充活动时间和地点' });
    const notice = await t.db.notification.findFirstOrThrow({ where: { userId: writer.id, kind: 'article.reviewed' } });
    expect(notice).toMatchObject({ title: `稿件《${draft.title}》已退回`, body: '请补充活动时间和地点', pushStatus: 'pending' });
    expect(notice.payload).toMatchObject({ templateKey: 'article_reviewed' });

    await expectStatus(
      t.call('PUT', `/api/news/desk/articles/${draft.id}`, {
        token: writer.token,
        body: { title: draft.title, category: 'industry', bodyHtml: '<p>3月5日在田家庵区举办义诊。</p>' },
      }),
      200,
    );
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    expect(await feedIds(word)).toEqual([]);
    const published = deskArticleSchema.parse(await expectStatus(act(editor, draft.id, { action: 'publish' }), 200));
    expect(published.status).toBe('published');
    expect(await feedIds(word)).toEqual([draft.id]);

    const mine = deskArticleSchema.parse(
      await expectStatus(t.call('GET', `/api/news/desk/articles/${draft.id}`, { token: writer.token }), 200),
    );
    expect(mine.history.map((h) => h.action)).toEqual([
      'article.created',
      'article.submit',
      'article.return',
      'article.edited',
      'article.submit',
      'article.publish',
    ]);
    expect(mine.history[2]).toMatchObject({ actorName: '刘编辑', note: '请补充活动时间和地点' });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: 'article', entityId: String(draft.id), action: 'article.publish' },
    });
    expect(audit).toMatchObject({ actorId: editor.id, detail: { from: 'submitted', to: 'published' } });
    expect(audit.requestId).toBeTruthy();
  });

  it('lets staff write and publish directly under a reporter byline', async () => {
    const editor = await login(t, ['staff'], '陈记者');
    const article = await write(editor, { category: 'notice' });
    expect(article).toMatchObject({ bylineReporter: '陈记者', bylineCorrespondent: '' });
    const published = await expectStatus(act(editor, article.id, { action: 'publish' }), 200);
    expect(published.status).toBe('published');
    expect(await t.db.notification.count({ where: { userId: editor.id } })).toBe(0);
  });

  it('keeps a draft private: other correspondents and staff get 404 until it is submitted', async () => {
    const writer = await login(t, ['correspondent']);
    const other = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const draft = await write(writer);
    await expectStatus(t.call('GET', `/api/news/desk/articles/${draft.id}`, { token: other.token }), 404);
    await expectStatus(t.call('GET', `/api/news/desk/articles/${draft.id}`, { token: editor.token }), 404);
    await expectStatus(act(editor, draft.id, { action: 'publish' }), 404);
  });

  it('refuses steps that are not the caller’s to take', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const resident = await login(t, ['resident']);
    const draft = await write(writer);
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    const refused = await expectStatus(act(writer, draft.id, { action: 'publish' }), 403);
    expect(refused.message).toBe('只有协会工作人员可以发布');
    await expectStatus(act(editor, draft.id, { action: 'withdraw' }), 403);
    await expectStatus(t.call('GET', '/api/news/desk/articles', { token: resident.token }), 403);
    await expectStatus(t.call('GET', '/api/news/desk/articles?scope=queue', { token: writer.token }), 403);
    await expectStatus(t.call('POST', '/api/news/desk/articles', { body: { title: '无登录', category: 'notice', bodyHtml: '' } }), 401);
  });

  it('answers 409 for a step the current status does not allow, and for editing a submitted article as its author', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const draft = await write(writer);
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    const early = await expectStatus(act(editor, draft.id, { action: 'unpublish' }), 409);
    expect(early.message).toBe('稿件当前待审核，不能撤下');
    const again = await expectStatus(act(writer, draft.id, { action: 'submit' }), 409);
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', message: '稿件当前待审核，不能提交审核' });
    const edit = await expectStatus(
      t.call('PUT', `/api/news/desk/articles/${draft.id}`, {
        token: writer.token,
        body: { title: '改标题', category: 'industry', bodyHtml: '' },
      }),
      409,
    );
    expect(edit.code).toBe('INVALID_TRANSITION');
  });

  it('requires a note to send an article back', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const draft = await write(writer);
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    const res = await expectStatus(act(editor, draft.id, { action: 'return' }), 422);
    expect(res.code).toBe('VALIDATION_FAILED');
  });

  it('lets exactly one of two editors acting at once win', async () => {
    const writer = await login(t, ['correspondent']);
    const a = await login(t, ['staff']);
    const b = await login(t, ['staff']);
    const draft = await write(writer);
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    const [one, two] = await Promise.all([act(a, draft.id, { action: 'publish' }), act(b, draft.id, { action: 'return', note: '再改改' })]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect(
      await t.db.auditLog.count({ where: { entityId: String(draft.id), action: { in: ['article.publish', 'article.return'] } } }),
    ).toBe(1);
  });

  it('pins and unpins published articles only, and unpublishing takes an article off the feed and its pin', async () => {
    const editor = await login(t, ['staff']);
    const word = uniqueWord('置顶');
    const article = await createArticle(t.db, { title: `${word}通知` });
    const draft = await write(editor);
    await expectStatus(t.call('PUT', `/api/news/desk/articles/${draft.id}/pin`, { token: editor.token, body: { pinned: true } }), 409);
    await expectStatus(t.call('PUT', `/api/news/desk/articles/${article.id}/pin`, { token: editor.token, body: { pinned: true } }), 200);
    let feed = await expectStatus(t.call('GET', `/api/news/articles?q=${encodeURIComponent(word)}`), 200);
    expect(feed).toMatchObject({ pinned: [{ id: article.id, pinned: true }], items: [] });

    await expectStatus(act(editor, article.id, { action: 'unpublish', note: '信息有误' }), 200);
    feed = await expectStatus(t.call('GET', `/api/news/articles?q=${encodeURIComponent(word)}`), 200);
    expect(feed).toMatchObject({ pinned: [], items: [] });
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: 'unpublished', pinned: false });
    const actions = await t.db.auditLog.findMany({
      where: { entityId: String(article.id) },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['article.pin', 'article.unpublish']);
  });

  it('ties the uploads the body and cover show to the article, only the writer’s own', async () => {
    const writer = await login(t, ['correspondent']);
    const stranger = await login(t, ['correspondent']);
    const mine = await createUpload(t.db, { ownerId: writer.id, purpose: 'article_image', key: `${uniqueWord('img')}.jpg` });
    const cover = await createUpload(t.db, { ownerId: writer.id, purpose: 'cover', key: `${uniqueWord('cover')}.png` });
    const theirs = await createUpload(t.db, { ownerId: stranger.id, purpose: 'article_image', key: `${uniqueWord('other')}.jpg` });
    const draft = await write(writer, {
      coverUrl: `/api/uploads/${cover.key}`,
      bodyHtml: `<p><img src="/api/uploads/${mine.key}"></p><p><img src="/api/uploads/${theirs.key}"></p><p><img src="https://evil.example/x.jpg"></p>`,
    });
    expect(draft.bodyHtml).toBe(`<p><img src="/api/uploads/${mine.key}" /></p><p><img src="/api/uploads/${theirs.key}" /></p><p></p>`);
    const linked = await t.db.upload.findMany({ where: { articleId: draft.id }, select: { id: true } });
    expect(linked.map((u) => u.id).sort()).toEqual([mine.id, cover.id].sort());
  });

  it('refuses a cover that is not one of our uploads', async () => {
    const writer = await login(t, ['correspondent']);
    const res = await expectStatus(
      t.call('POST', '/api/news/desk/articles', {
        token: writer.token,
        body: { title: '封面', category: 'notice', bodyHtml: '', coverUrl: 'https://evil.example/c.jpg' },
      }),
      422,
    );
    expect(JSON.stringify(res.issues)).toContain('封面须为本平台上传的图片');
  });
});

describe('an article body that shows nothing', () => {
  const EMPTY = { code: 'VALIDATION_FAILED', issues: [{ path: 'bodyHtml', message: '正文不能为空（仅包含不允许的内容时会被清除）' }] };

  it('is refused when a draft is saved with only a script, naming the body field, and nothing is stored', async () => {
    const writer = await login(t, ['correspondent']);
    const title = uniqueWord('只有脚本');
    const res = await expectStatus(
      t.call('POST', '/api/news/desk/articles', {
        token: writer.token,
        body: { title, category: 'industry', bodyHtml: '<script>alert("正文")</script>' },
      }),
      422,
    );
    expect(res).toMatchObject({ ...EMPTY, message: '正文不能为空（仅包含不允许的内容时会被清除）' });
    expect(await t.db.article.count({ where: { title } })).toBe(0);
  });

  it('is refused when an edit leaves only empty tags and whitespace, keeping the text it had', async () => {
    const writer = await login(t, ['correspondent']);
    const draft = await write(writer);
    for (const bodyHtml of ['<p> </p><h2></h2><p>&nbsp;</p><br>', '   ', '<svg><text>看不见</text></svg><style>p{}</style>']) {
      const res = await expectStatus(
        t.call('PUT', `/api/news/desk/articles/${draft.id}`, {
          token: writer.token,
          body: { title: draft.title, category: 'industry', bodyHtml },
        }),
        422,
      );
      expect(res).toMatchObject(EMPTY);
    }
    expect((await t.db.article.findUniqueOrThrow({ where: { id: draft.id } })).bodyHtml).toBe('<p>正文内容</p>');
  });

  it('cannot be submitted, published or scheduled when it was stored empty before', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    // Returned, so staff see it too (a draft is private to its author).
    const draft = await createArticle(t.db, { authorId: writer.id, status: 'returned', bodyHtml: '<p></p>' });
    expect(await expectStatus(act(writer, draft.id, { action: 'submit' }), 422)).toMatchObject(EMPTY);
    expect(await expectStatus(act(editor, draft.id, { action: 'publish' }), 422)).toMatchObject(EMPTY);
    const publishAt = new Date(Date.now() + 86_400_000).toISOString();
    expect(await expectStatus(act(editor, draft.id, { action: 'schedule', publishAt }), 422)).toMatchObject(EMPTY);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('returned');
  });

  it('is not a body of only an uploaded picture, which is saved, submitted and published', async () => {
    const writer = await login(t, ['correspondent']);
    const editor = await login(t, ['staff']);
    const picture = await createUpload(t.db, { ownerId: writer.id, purpose: 'article_image', key: `${uniqueWord('img')}.jpg` });
    const draft = await write(writer, { bodyHtml: `<p><img src="/api/uploads/${picture.key}"></p>` });
    expect(draft.bodyHtml).toBe(`<p><img src="/api/uploads/${picture.key}" /></p>`);
    await expectStatus(act(writer, draft.id, { action: 'submit' }), 200);
    expect(deskArticleSchema.parse(await expectStatus(act(editor, draft.id, { action: 'publish' }), 200)).status).toBe('published');
  });
});
