import type { Answer } from './load';

interface Page {
  items: { id: number; createdAt?: string }[];
  nextCursor: string | null;
}

function readPage(answer: Answer): Page | string {
  if (answer.status !== 200) return `answered ${answer.status}: ${answer.body.slice(0, 160)}`;
  const json: unknown = JSON.parse(answer.body);
  if (typeof json !== 'object' || json === null) return 'the page is not a JSON object';
  const record = json as Record<string, unknown>;
  const items = record.items ?? record.data;
  const next = record.nextCursor ?? record.cursor ?? null;
  if (!Array.isArray(items)) return 'the page has no items array';
  return { items: items as Page['items'], nextCursor: typeof next === 'string' ? next : null };
}

const b64 = {
  decode: (s: string) => Buffer.from(s, 'base64url').toString('utf8'),
  encode: (s: string) => Buffer.from(s, 'utf8').toString('base64url'),
};

/** Replaces the last row's keys inside the cursor with another row's, however the cursor spells them. */
function substitute(text: string, from: { id: number; createdAt: Date }, to: { id: number; createdAt: Date }): string | null {
  const forms: [string, string][] = [
    [from.createdAt.toISOString(), to.createdAt.toISOString()],
    [String(from.createdAt.getTime()), String(to.createdAt.getTime())],
  ];
  let out = text;
  let replacedTime = false;
  for (const [a, b] of forms) {
    if (out.includes(a)) {
      out = out.split(a).join(b);
      replacedTime = true;
    }
  }
  const idPattern = new RegExp(`(?<![0-9])${from.id}(?![0-9])`, 'g');
  if (!replacedTime || !idPattern.test(out)) return null;
  return out.replace(idPattern, String(to.id));
}

/**
 * A cursor that starts the ledger halfway down (the keyset page a staff member reaches after
 * scrolling far). The server's cursor is opaque, so the first page's cursor is rewritten with the
 * keys of the row halfway down and checked; if that cannot be done, pages are walked for a while.
 */
export async function craftDeepCursor(
  fetchPage: (query: Record<string, string | number>) => Promise<Answer>,
  baseQuery: Record<string, string | number>,
  deep: { id: number; createdAt: string; nextId: number },
): Promise<{ cursor: string; note: string } | string> {
  const first = readPage(await fetchPage(baseQuery));
  if (typeof first === 'string') return first;
  const last = first.items.at(-1);
  if (!first.nextCursor || !last) return 'the first page has no next cursor';
  const from = { id: last.id, createdAt: new Date(last.createdAt ?? 0) };
  const to = { id: deep.id, createdAt: new Date(deep.createdAt) };
  for (const codec of [b64, { decode: (s: string) => s, encode: (s: string) => s }]) {
    const rewritten = substitute(codec.decode(first.nextCursor), from, to);
    if (rewritten === null) continue;
    const cursor = codec.encode(rewritten);
    const page = readPage(await fetchPage({ ...baseQuery, cursor }));
    if (typeof page !== 'string' && page.items[0]?.id === deep.nextId)
      return { cursor, note: 'cursor rewritten to the row halfway down the ledger' };
  }
  // Fallback: walk forward for up to 20 s with the largest page the route allows.
  const deadline = Date.now() + 20_000;
  let cursor = first.nextCursor;
  let pages = 1;
  let rows = first.items.length;
  while (Date.now() < deadline) {
    const page = readPage(await fetchPage({ ...baseQuery, limit: 100, cursor }));
    if (typeof page === 'string' || !page.nextCursor) break;
    cursor = page.nextCursor;
    pages += 1;
    rows += page.items.length;
  }
  return { cursor, note: `cursor could not be rewritten; walked ${pages} pages to row ${rows}` };
}
