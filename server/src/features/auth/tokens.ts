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

/** Verifies an access token; tells an expired token from a bad one so the client knows to refresh. */
export async function verifyAccessToken(token: string, secret: string): Promise<VerifyResult> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    const cid = payload.cid;
    if (!Number.isInteger(userId)) return { ok: false, reason: 'invalid' };
    return { ok: true, caller: { userId, roles, companyId: typeof cid === 'number' ? cid : null } };
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
