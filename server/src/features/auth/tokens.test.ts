import { afterEach, describe, expect, it, vi } from 'vitest';
import { signAccessToken, verifyAccessToken } from './tokens.service';

const SECRET = 'tokens-test-secret-tokens-test-secret-0123';
const OTHER = 'another-secret-another-secret-another-0123';
const caller = { userId: 7, roles: ['worker' as const], companyId: 3 };

afterEach(() => vi.useRealTimers());

describe('access token verification (with its cache of verified tokens)', () => {
  it('gives the same caller on every showing of a good token, and that caller cannot be changed', async () => {
    const token = await signAccessToken(caller, SECRET, 600);
    const first = await verifyAccessToken(token, SECRET);
    const second = await verifyAccessToken(token, SECRET);
    expect(first).toEqual({ ok: true, caller });
    expect(second).toEqual({ ok: true, caller });
    if (!second.ok) throw new Error('unreachable');
    expect(() => second.caller.roles.push('staff')).toThrow();
    expect(() => Object.assign(second.caller, { userId: 1 })).toThrow();
  });

  it('does not let a token verified under one secret pass under another', async () => {
    const token = await signAccessToken(caller, SECRET, 600);
    expect((await verifyAccessToken(token, SECRET)).ok).toBe(true);
    expect(await verifyAccessToken(token, OTHER)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a forged token every time, even right after the real one verified', async () => {
    const token = await signAccessToken(caller, SECRET, 600);
    expect((await verifyAccessToken(token, SECRET)).ok).toBe(true);
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: '1', roles: ['staff'], iss: 'wuxie', aud: 'wuxie-api', exp: 9_999_999_999 }),
    ).toString('base64url');
    const forged = `${header}.${forgedPayload}.${signature}`;
    expect(await verifyAccessToken(forged, SECRET)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyAccessToken(forged, SECRET)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says "expired" once a remembered token runs out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T08:00:00Z'));
    const token = await signAccessToken(caller, SECRET, 60);
    expect((await verifyAccessToken(token, SECRET)).ok).toBe(true);
    vi.setSystemTime(new Date('2026-11-29T08:00:59Z'));
    expect((await verifyAccessToken(token, SECRET)).ok).toBe(true);
    vi.setSystemTime(new Date('2026-11-29T08:01:00Z'));
    expect(await verifyAccessToken(token, SECRET)).toEqual({ ok: false, reason: 'expired' });
  });
});
