import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  canViewOnDesk,
  hasRole,
  startOfChinaDay,
  type DeskArticle,
  type DeskArticleList,
  type DeskArticleSummary,
  type DeskListQuery,
} from '@wuxie/shared';
import type { Caller } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

const SUMMARY_SELECT = {
  id: true,
  title: true,
  category: true,
  status: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  reviewNote: true,
  pinned: true,
  readCount: true,
  submittedAt: true,
  scheduledAt: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof SUMMARY_SELECT }>;

const iso = (at: Date | null) => (at ? at.toISOString() : null);

function toSummary(row: SummaryRow): DeskArticleSummary {
  return {
    ...row,
    submittedAt: iso(row.submittedAt),
    scheduledAt: iso(row.scheduledAt),
    publishedAt: iso(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The desk lists: `mine` (what I wrote, any status), `queue` (submitted, waiting for staff) and
 * `all` (staff: everything except other people's unsubmitted drafts). Newest first by id.
 */
export async function listDeskArticles(db: PrismaClient, caller: Caller, query: DeskListQuery): Promise<DeskArticleList> {
  if (query.scope !== 'mine' && !hasRole(caller.roles, 'staff')) throw forbidden('只有协会工作人员可以查看审核队列');
  const scope: Prisma.ArticleWhereInput =
    query.scope === 'mine'
      ? { authorId: caller.userId }
      : query.scope === 'queue'
        ? { status: 'submitted' }
        : { OR: [{ status: { not: 'draft' } }, { authorId: caller.userId }] };
  const published = publishedWithin(query.from, query.to);
  const filter: Prisma.ArticleWhereInput = {
    AND: [
      scope,
      query.status ? { status: query.status } : {},
      query.category ? { category: query.category } : {},
      query.authorId ? { authorId: query.authorId } : {},
      published ?? {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: { AND: [filter, query.cursor ? { id: { lt: query.cursor } } : {}] },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      select: SUMMARY_SELECT,
    }),
    // Counted for a list limited to publication days only (the list behind a desk figure).
    published ? db.article.count({ where: filter }) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, query.limit);
  return { items: page.map(toSummary), nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null, total };
}

/** Published within the Beijing days from..to (the news figures' rule); null when neither is given. */
function publishedWithin(from: string | undefined, to: string | undefined): Prisma.ArticleWhereInput | null {
  if (!from && !to) return null;
  const day = (d: string, plus = 0) => new Date(startOfChinaDay(d).getTime() + plus * 86_400_000);
  return { publishedAt: { ...(from ? { gte: day(from) } : {}), ...(to ? { lt: day(to, 1) } : {}) } };
}

/** One article on the desk, with its audit trail (who did what, with which note). */
export async function loadDeskArticle(db: PrismaClient, caller: Caller, id: number): Promise<DeskArticle> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      ...SUMMARY_SELECT,
      summary: true,
      coverUrl: true,
      bodyHtml: true,
      bylineCorrespondent: true,
      bylineReporter: true,
      createdAt: true,
    },
  });
  if (!row || !canViewOnDesk(row, caller)) throw notFound('稿件');
  const trail = await db.auditLog.findMany({
    where: { entity: 'article', entityId: String(id) },
    orderBy: { id: 'asc' },
    select: { action: true, detail: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    ...toSummary(row),
    summary: row.summary,
    coverUrl: row.coverUrl,
    bodyHtml: row.bodyHtml,
    bylineCorrespondent: row.bylineCorrespondent,
    bylineReporter: row.bylineReporter,
    createdAt: row.createdAt.toISOString(),
    history: trail.map((entry) => ({
      action: entry.action,
      actorName: entry.actor?.name ?? '系统',
      note: noteOf(entry.detail),
      at: entry.createdAt.toISOString(),
    })),
  };
}

function noteOf(detail: Prisma.JsonValue): string | null {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return null;
  const note = detail.note;
  return typeof note === 'string' ? note : null;
}
