import { createArticle } from '@wuxie/prisma/factories';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { expectStatus, login } from './news.test-kit';
import { ReadCounter, readCounterFor } from './read-counter.cache';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const storedCount = async (id: number) => (await t.db.article.findUniqueOrThrow({ where: { id }, select: { readCount: true } })).readCount;

describe('counting reads through the API', () => {
  it('counts a read at once for the reader but writes nothing until the batch is flushed', async () => {
    const article = await createArticle(t.db, { readCount: 10 });
    const reader = await login(t, ['resident']);
    const body = await expectStatus(t.call('POST', `/api/news/articles/${article.id}/reads`, { token: reader.token }), 200);
    expect(body.readCount).toBe(11);
    expect(await storedCount(article.id)).toBe(10);
    await readCounterFor(t.db).flush();
    expect(await storedCount(article.id)).toBe(11);
  });

  it('counts one reader reloading the page once, and another reader again', async () => {
    const article = await createArticle(t.db, { readCount: 0 });
    const first = await login(t, ['resident']);
    const second = await login(t, ['worker']);
    for (let i = 0; i < 5; i++) await expectStatus(t.call('POST', `/api/news/articles/${article.id}/reads`, { token: first.token }), 200);
    const last = await expectStatus(t.call('POST', `/api/news/articles/${article.id}/reads`, { token: second.token }), 200);
    expect(last.readCount).toBe(2);
    await readCounterFor(t.db).flush();
    expect(await storedCount(article.id)).toBe(2);
  });

  it('counts anonymous readers by address', async () => {
    const article = await createArticle(t.db, { readCount: 0 });
    for (let i = 0; i < 3; i++) await expectStatus(t.call('POST', `/api/news/articles/${article.id}/reads`), 200);
    await readCounterFor(t.db).flush();
    expect(await storedCount(article.id)).toBe(1);
  });

  it('does not count reads of unpublished articles', async () => {
    const draft = await createArticle(t.db, { status: 'draft', readCount: 0 });
    await expectStatus(t.call('POST', `/api/news/articles/${draft.id}/reads`), 404);
    expect(readCounterFor(t.db).pendingFor(draft.id)).toBe(0);
  });
});

describe('ReadCounter', () => {
  it('writes the reads of many articles in one flush', async () => {
    const counter = new ReadCounter(t.db, { flushAfterMs: 60_000 });
    const a = await createArticle(t.db, { readCount: 0 });
    const b = await createArticle(t.db, { readCount: 5 });
    for (let i = 0; i < 3; i++) counter.record(a.id, `reader-${i}`);
    counter.record(b.id, 'reader-0');
    expect([await storedCount(a.id), await storedCount(b.id)]).toEqual([0, 5]);
    await counter.flush();
    expect([await storedCount(a.id), await storedCount(b.id)]).toEqual([3, 6]);
    expect(counter.pendingFor(a.id)).toBe(0);
    await counter.stop();
  });

  it('flushes by itself after the delay', async () => {
    const counter = new ReadCounter(t.db, { flushAfterMs: 20 });
    const article = await createArticle(t.db, { readCount: 0 });
    counter.record(article.id, 'someone');
    await expect.poll(() => storedCount(article.id), { timeout: 3_000, interval: 25 }).toBe(1);
    await counter.stop();
  });

  it('writes what is pending when stopped', async () => {
    const counter = new ReadCounter(t.db, { flushAfterMs: 60_000 });
    const article = await createArticle(t.db, { readCount: 0 });
    counter.record(article.id, 'someone');
    await counter.stop();
    expect(await storedCount(article.id)).toBe(1);
  });

  it('counts the same reader again once the window has passed', () => {
    const counter = new ReadCounter(t.db, { dedupeWindowMs: 1_000, flushAfterMs: 60_000 });
    expect(counter.record(1, 'r', 0)).toBe(true);
    expect(counter.record(1, 'r', 999)).toBe(false);
    expect(counter.record(1, 'r', 1_000)).toBe(true);
    expect(counter.pendingFor(1)).toBe(2);
  });

  it('remembers at most the configured number of readers, forgetting the oldest first', () => {
    const counter = new ReadCounter(t.db, { maxRemembered: 100, flushAfterMs: 60_000 });
    for (let i = 0; i < 1_000; i++) counter.record(1, `reader-${i}`, i);
    expect(counter.rememberedCount).toBeLessThanOrEqual(100);
    expect(counter.record(1, 'reader-999', 1_000)).toBe(false);
    expect(counter.record(1, 'reader-0', 1_000)).toBe(true);
  });

  it('keeps counts it could not write and writes them on the next flush', async () => {
    const article = await createArticle(t.db, { readCount: 0 });
    let failNext = true;
    const flaky = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop === '$executeRaw' && failNext) {
          failNext = false;
          return () => Promise.reject(new Error('database away'));
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const counter = new ReadCounter(flaky, { flushAfterMs: 60_000, logger: pino({ level: 'silent' }) });
    counter.record(article.id, 'someone');
    await counter.flush();
    expect(await storedCount(article.id)).toBe(0);
    expect(counter.pendingFor(article.id)).toBe(1);
    await counter.flush();
    expect(await storedCount(article.id)).toBe(1);
    await counter.stop();
  });
});
