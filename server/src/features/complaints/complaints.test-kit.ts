import { createCommunity, createCompany, createUser } from '@wuxie/prisma/factories';
import type { Role } from '@wuxie/shared';
import { complaintDetailSchema, type ComplaintDetail } from '@wuxie/shared';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { readJson, type TestApp } from '../../../test/test-app';
import { signAccessToken } from '../auth/tokens.service';

/** A logged-in person for tests: their user row and a bearer token. */
export interface Person {
  id: number;
  token: string;
  companyId: number | null;
}

export async function login(
  t: TestApp,
  roles: Role[],
  companyId: number | null = null,
  overrides: { openid?: string; name?: string } = {},
): Promise<Person> {
  const user = await createUser(t.db, { roles, companyId, ...overrides });
  const token = await signAccessToken({ userId: user.id, roles, companyId }, t.env.jwtSecret, 600);
  return { id: user.id, token, companyId };
}

/** A community managed by a company with one admin, a resident, and a staff member. */
export async function world(t: TestApp) {
  const company = await createCompany(t.db);
  const community = await createCommunity(t.db, { companyId: company.id });
  const [resident, companyAdmin, staff] = await Promise.all([
    login(t, ['resident']),
    login(t, ['worker', 'company_admin'], company.id),
    login(t, ['staff']),
  ]);
  return { company, community, resident, companyAdmin, staff };
}

export function complaintBody(communityId: number, extra: Record<string, unknown> = {}) {
  return {
    category: 'elevator',
    communityId,
    title: '电梯频繁故障困人',
    description: '本月电梯已经三次停运，其中一次困人二十多分钟，物业维保记录也不公开。',
    contactPhone: '13812345678',
    ...extra,
  };
}

/** Files a complaint through the API and returns its detail. */
export async function file(t: TestApp, who: Person, communityId: number, extra: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const res = await t.call('POST', '/api/complaints', {
    token: who.token,
    body: complaintBody(communityId, extra),
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return complaintDetailSchema.parse(await res.json());
}

/** Takes an action and returns the raw response. */
export function act(t: TestApp, who: Person, id: number, body: Record<string, unknown>): Promise<Response> {
  return t.call('POST', `/api/complaints/${id}/actions`, { token: who.token, body });
}

/** Takes an action that must succeed and returns the detail after it. */
export async function actOk(t: TestApp, who: Person, id: number, body: Record<string, unknown>): Promise<ComplaintDetail> {
  const res = await act(t, who, id, body);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return complaintDetailSchema.parse(await res.json());
}

/** Runs a complaint from filing to the company's reply being marked resolved. */
export async function toResolved(
  t: TestApp,
  w: Awaited<ReturnType<typeof world>>,
  extra: Record<string, unknown> = {},
): Promise<ComplaintDetail> {
  const c = await file(t, w.resident, w.community.id, extra);
  await actOk(t, w.staff, c.id, { action: 'accept', note: '已受理' });
  await actOk(t, w.staff, c.id, { action: 'assign' });
  await actOk(t, w.companyAdmin, c.id, { action: 'reply', reply: '已安排维保单位检修并更换主板。' });
  return actOk(t, w.companyAdmin, c.id, { action: 'resolve' });
}

export async function errorOf(res: Response): Promise<{ status: number; code: unknown; message: string }> {
  const body = await readJson(res);
  return { status: res.status, code: body.code, message: String(body.message) };
}
