import { HttpStatus } from '../../lib/http-status';
import { requireCaller } from '../../lib/caller';
import { notFound } from '../../lib/errors';
import { createRouter } from '../../lib/route';
import * as routes from './notifications.routes';
import { recordSubscribeResults } from './notifications.service';

export const notificationsRouter = createRouter()
  .openapi(routes.listNotifications, async (c) => {
    const { userId } = requireCaller(c);
    const { cursor, limit } = c.req.valid('query');
    const db = c.var.deps.db;
    const [rows, unread] = await Promise.all([
      db.notification.findMany({
        where: { userId, ...(cursor ? { id: { lt: cursor } } : {}) },
        orderBy: { id: 'desc' },
        take: limit + 1,
        select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
      }),
      db.notification.count({ where: { userId, readAt: null } }),
    ]);
    const page = rows.slice(0, limit);
    return c.json(
      {
        items: page.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
        unread,
        nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      },
      HttpStatus.OK,
    );
  })
  .openapi(routes.markRead, async (c) => {
    const { userId } = requireCaller(c);
    const { id } = c.req.valid('param');
    const db = c.var.deps.db;
    const marked = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
    // Nothing marked: already read (still ok, so a retry is harmless), or not the caller's message.
    if (marked.count === 0 && !(await db.notification.findFirst({ where: { id, userId }, select: { id: true } }))) throw notFound('消息');
    return c.json({ ok: true as const }, HttpStatus.OK);
  })
  .openapi(routes.markAllRead, async (c) => {
    const { userId } = requireCaller(c);
    await c.var.deps.db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return c.json({ ok: true as const }, HttpStatus.OK);
  })
  .openapi(routes.recordSubscribe, async (c) => {
    await recordSubscribeResults(c.var.deps.db, requireCaller(c).userId, c.req.valid('json').results);
    return c.json({ ok: true as const }, HttpStatus.OK);
  });
