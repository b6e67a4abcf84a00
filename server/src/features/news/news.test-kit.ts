import type { Role } from '@wuxie/shared';
import { createUser } from '@wuxie/prisma/factories';
import { readJson, type TestApp } from '../../../test/test-app';
import { signAccessToken } from '../auth/tokens.service';

/** A user with these roles and a token to call the API as them. */
export async function login(t: TestApp, roles: Role[], name?: string): Promise<{ id: number; token: string }> {
  const user = await createUser(t.db, { roles, ...(name ? { name } : {}) });
  return { id: user.id, token: await signAccessToken({ userId: user.id, roles, companyId: null }, t.env.jwtSecret, 600) };
}

/** Calls and insists on the status, returning the JSON body. */
export async function expectStatus(res: Response | Promise<Response>, status: number): Promise<Record<string, unknown>> {
  const r = await res;
  const body = r.status === 304 ? {} : await readJson(r);
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(body)}`);
  return body;
}

/** A unique word for this test, so searches find only its own articles. */
export function uniqueWord(prefix = '词'): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}
