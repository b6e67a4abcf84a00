import { describe, expect, it } from 'vitest';
import { SignupRulesCache } from './signup-rules.cache';
import type { SignupActivity } from './signup.service';

const activity = (id: number, title = 't') => ({ id, title }) as unknown as SignupActivity;

describe('the sign-up rules cache', () => {
  it('reads an activity once per lifetime and shares a load among concurrent sign-ups', async () => {
    let now = 0;
    const cache = new SignupRulesCache(2_000, 10, () => now);
    let loads = 0;
    const load = () => Promise.resolve(activity(1, `v${++loads}`));
    const many = await Promise.all(Array.from({ length: 20 }, () => cache.get(1, load)));
    expect(loads).toBe(1);
    expect(new Set(many.map((a) => a.title))).toEqual(new Set(['v1']));
    now = 1_999;
    expect((await cache.get(1, load)).title).toBe('v1');
    now = 2_000;
    expect((await cache.get(1, load)).title).toBe('v2');
  });

  it('reads again after forget(), and does not keep a load that was running when it was called', async () => {
    const cache = new SignupRulesCache();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const stale = cache.get(1, async () => {
      await gate;
      return activity(1, 'before');
    });
    cache.forget(1);
    release();
    expect((await stale).title).toBe('before');
    expect((await cache.get(1, () => Promise.resolve(activity(1, 'after')))).title).toBe('after');
  });

  it('does not keep a failed load and keeps at most maxEntries activities', async () => {
    const cache = new SignupRulesCache(2_000, 3);
    await expect(cache.get(9, () => Promise.reject(new Error('活动不存在')))).rejects.toThrow('活动不存在');
    expect((await cache.get(9, () => Promise.resolve(activity(9, 'ok')))).title).toBe('ok');
    for (const id of [1, 2, 3]) await cache.get(id, () => Promise.resolve(activity(id)));
    let reloaded = false;
    await cache.get(9, () => {
      reloaded = true;
      return Promise.resolve(activity(9));
    });
    expect(reloaded).toBe(true);
  });
});
