import { describe, expect, it } from 'vitest';
import { PublicCache } from './public-news.cache';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the public news cache', () => {
  it('serves a rendered answer from memory until its lifetime ends, then loads again', async () => {
    const time = clock();
    const cache = new PublicCache({ ttlMs: 5_000, now: time.now });
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    const first = await cache.get('k', load);
    expect(first.body).toBe('{"n":1}');
    expect(first.etag).toMatch(/^W\/".+"$/);
    time.advance(4_999);
    expect((await cache.get('k', load)).body).toBe('{"n":1}');
    time.advance(1);
    expect((await cache.get('k', load)).body).toBe('{"n":2}');
    expect(loads).toBe(2);
  });

  it('loads again right after invalidate()', async () => {
    const cache = new PublicCache();
    let loads = 0;
    const load = () => Promise.resolve({ n: ++loads });
    await cache.get('k', load);
    cache.invalidate();
    expect((await cache.get('k', load)).body).toBe('{"n":2}');
  });

  it('shares one load among concurrent misses of the same key', async () => {
    const cache = new PublicCache();
    let loads = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const load = async () => {
      loads += 1;
      await gate;
      return { n: loads };
    };
    const answers = Promise.all(Array.from({ length: 50 }, () => cache.get('k', load)));
    release();
    expect(new Set((await answers).map((a) => a.body))).toEqual(new Set(['{"n":1}']));
    expect(loads).toBe(1);
  });

  it('does not keep an answer whose load started before an invalidation', async () => {
    const cache = new PublicCache();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const stale = cache.get('k', async () => {
      await gate;
      return { version: 'before the change' };
    });
    cache.invalidate();
    release();
    expect((await stale).body).toContain('before the change');
    expect(cache.size).toBe(0);
    expect((await cache.get('k', () => Promise.resolve({ version: 'after' }))).body).toContain('after');
  });

  it('does not cache a failed load', async () => {
    const cache = new PublicCache();
    await expect(cache.get('k', () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    expect((await cache.get('k', () => Promise.resolve({ ok: true }))).body).toBe('{"ok":true}');
  });

  it('forgets the oldest answers when over its byte budget', async () => {
    const cache = new PublicCache({ maxBytes: 100 });
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, () => Promise.resolve({ text: 'x'.repeat(20) }));
    // Each body is 31 bytes: three fit in 100.
    expect(cache.size).toBe(3);
    let reloaded = false;
    await cache.get('k0', () => {
      reloaded = true;
      return Promise.resolve({ text: 'x'.repeat(20) });
    });
    expect(reloaded).toBe(true);
  });
});
