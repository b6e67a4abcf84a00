import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ROLES, type Role } from '@wuxie/shared';
import type { Caller } from '../../lib/context';

const ISSUER = 'wuxie';
const AUDIENCE = 'wuxie-api';

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs a short-lived access token carrying the caller's id, roles and company. */
export async function signAccessToken(caller: Caller, secret: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({ roles: caller.roles, cid: caller.companyId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(caller.userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

export type VerifyResult = { ok: true; caller: Caller } | { ok: false; reason: 'expired' | 'invalid' };

/**
 * Access tokens verified lately. A token string carries the same claims every time it is shown, so
 * once its signature has been checked the answer is kept until the token expires: the same person's
 * next requests skip the HMAC (measured at ~19 % of a sign-up's CPU). Only tokens that verified are
 * kept, each with the secret that verified it; at most VERIFIED_MAX, the oldest dropped first.
 */
const verified = new Map<string, { secret: string; caller: Caller; expiresAtMs: number }>();
const VERIFIED_MAX = 20_000;

/** Verifies an access token; tells an expired token from a bad one so the client knows to refresh. */
export async function verifyAccessToken(token: string, secret: string): Promise<VerifyResult> {
  const hit = verified.get(token);
  if (hit && hit.secret === secret) {
    if (hit.expiresAtMs > Date.now()) return { ok: true, caller: hit.caller };
    verified.delete(token);
  }
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    const cid = payload.cid;
    if (!Number.isInteger(userId)) return { ok: false, reason: 'invalid' };
    const caller: Caller = Object.freeze({
      userId,
      roles: Object.freeze(roles) as Role[],
      companyId: typeof cid === 'number' ? cid : null,
    });
    if (typeof payload.exp === 'number') {
      verified.set(token, { secret, caller, expiresAtMs: payload.exp * 1000 });
      if (verified.size > VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
    }
    return { ok: true, caller };
  } catch (error) {
    return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
  }
}

/** A fresh opaque refresh token; only its hash is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
