/**
 * The yardstick: a bare Hono app on @hono/node-server with one JSON endpoint, no database and no
 * middleware. GET /json/<bytes> answers a list-shaped JSON body of about that many bytes,
 * serialised on every request like a real handler's. Run as its own process by the harness.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

interface Item {
  id: number;
  title: string;
  summary: string;
  createdAt: string;
}

const bodies = new Map<number, { items: Item[]; nextCursor: string | null }>();

/** A list payload whose JSON is `bytes` long (±1 item's slack trimmed by the summary length). */
function payloadOf(bytes: number): { items: Item[]; nextCursor: string | null } {
  const cached = bodies.get(bytes);
  if (cached) return cached;
  const body: { items: Item[]; nextCursor: string | null } = { items: [], nextCursor: null };
  const base = JSON.stringify(body).length;
  let size = base;
  for (let id = 1; size < bytes; id += 1) {
    const item: Item = { id, title: `物业行业动态第 ${id} 期`, summary: '', createdAt: new Date(0).toISOString() };
    const itemSize = Buffer.byteLength(JSON.stringify(item)) + 1;
    const room = Math.max(0, Math.min(120, bytes - size - itemSize));
    item.summary = 'x'.repeat(room);
    body.items.push(item);
    size += itemSize + room;
  }
  bodies.set(bytes, body);
  return body;
}

const app = new Hono();
app.get('/json/:bytes{[0-9]+}', (c) => c.json(payloadOf(Math.min(Number(c.req.param('bytes')), 5_000_000))));

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 0) }, (info: AddressInfo) => {
  process.stdout.write(`baseline listening on ${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
