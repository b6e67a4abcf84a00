import { createUser } from '@wuxie/prisma/factories';
import {
  deskDashboardSchema,
  workReportSchema,
  type DeskDashboard,
  type DeskFigure,
  type DeskFigureKey,
  type FigureLink,
  type Role,
  type WorkReport,
} from '@wuxie/shared';
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { readJson, type TestApp } from '../../../test/test-app';
import { signAccessToken } from '../auth/tokens.service';

/** A token for a new user with these roles. */
export async function tokenFor(t: TestApp, roles: Role[]): Promise<string> {
  const user = await createUser(t.db, { roles });
  return signAccessToken({ userId: user.id, roles, companyId: null }, t.env.jwtSecret, 600);
}

async function getJson(t: TestApp, path: string, token: string): Promise<unknown> {
  const res = await t.call('GET', path, { token });
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

export async function dashboardOf(t: TestApp, query: string, token: string): Promise<DeskDashboard> {
  return deskDashboardSchema.parse(await getJson(t, `/api/desk/dashboard?${query}`, token));
}

export async function reportOf(t: TestApp, query: string, token: string): Promise<WorkReport> {
  return workReportSchema.parse(await getJson(t, `/api/desk/report?${query}`, token));
}

/**
 * What the list behind a figure's link says: its `total` (and `numerator`, for a rate); a list
 * without a total (the complaint ledger, commendations) is paged through and its rows counted.
 */
export async function listBehind(t: TestApp, link: FigureLink, token: string): Promise<{ total: number; numerator: number | null }> {
  const [method, url] = link.api.split(' ');
  expect(method).toBe('GET');
  let total = 0;
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = url?.includes('/complaints/ledger') ? '&limit=100' : '';
    const res = await t.call('GET', `${url}${page}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
    const body = await readJson(res);
    expect(res.status, `${link.api}: ${JSON.stringify(body)}`).toBe(200);
    if (typeof body.total === 'number') return { total: body.total, numerator: typeof body.numerator === 'number' ? body.numerator : null };
    total += (body.items as unknown[]).length;
    cursor = (body.nextCursor as string | null | undefined) ?? null;
    if (cursor === null) return { total, numerator: null };
  }
  throw new Error(`${link.api}: more than 100 pages`);
}

/** The figure with this key, failing the test when it is missing. */
export function figure(d: { figures: readonly DeskFigure[] }, key: DeskFigureKey): DeskFigure {
  const found = d.figures.find((f) => f.key === key);
  if (!found) throw new Error(`figure ${key} missing`);
  return found;
}

/** All figures of a report, by key. */
export function reportFigures(r: WorkReport): Map<DeskFigureKey, DeskFigure> {
  return new Map(r.sections.flatMap((s) => s.figures.map((f) => [f.key, f] as const)));
}

/** The text of one file in a zip archive (enough of the format for a .docx: stored or deflated entries). */
export function unzipEntry(zip: Buffer, name: string): string | null {
  const END = 0x06054b50;
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== END) eocd -= 1;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entry = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

/** The visible text of a Word document.xml (the w:t runs joined per paragraph). */
export function docxText(documentXml: string): string {
  return documentXml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
