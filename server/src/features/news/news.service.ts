import { Prisma, type ArticleCategory, type PrismaClient } from '@wuxie/prisma';
import {
  decodeCursor,
  encodeCursor,
  escapeArticleHtml,
  type ArticleCard,
  type ArticleDetail,
  type ArticleFeed,
  type ArticleFeedQuery,
} from '@wuxie/shared';
import { writeAudits } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { containsPattern } from '../../lib/like';
import { publicNewsCacheFor } from './public-news.cache';
import type { ReadCounter } from './read-counter.cache';

/** Pinned items shown above the feed; staff keep this list short. */
const PINNED_MAX = 10;

interface CardRow {
  id: number;
  title: string;
  category: ArticleCategory;
  summary: string;
  coverUrl: string | null;
  pinned: boolean;
  publishedAt: Date;
  readCount: number;
  bylineCorrespondent: string;
  bylineReporter: string;
}

const CARD_COLUMNS = Prisma.sql`id, title, category, summary, "coverUrl", pinned, "publishedAt", "readCount", "bylineCorrespondent", "bylineReporter"`;

function toCard(row: CardRow): ArticleCard {
  return { ...row, publishedAt: row.publishedAt.toISOString() };
}

/**
 * One page of the public feed: published, not pinned, newest first, by keyset (publishedAt, id)
 * so page 500 costs what page 1 costs. The first page also carries the pinned articles. Search
 * matches title or body with ILIKE, served by the pg_trgm indexes (which handle Chinese).
 */
export async function loadFeed(db: PrismaClient, query: ArticleFeedQuery): Promise<ArticleFeed> {
  const filters: Prisma.Sql[] = [Prisma.sql`status = 'published'`];
  if (query.category) filters.push(Prisma.sql`category = ${query.category}::"ArticleCategory"`);
  if (query.q) {
    // The body is stored as HTML, where & < > " appear as entities.
    filters.push(Prisma.sql`(title ILIKE ${containsPattern(query.q)} OR "bodyHtml" ILIKE ${containsPattern(escapeArticleHtml(query.q))})`);
  }
  const where = Prisma.join(filters, ' AND ');

  const keyset = query.cursor ? decodeCursor(query.cursor) : null;
  // Timestamps go to SQL as ISO text cast to timestamp(3): the columns hold UTC without a zone, and
  // a literal's zone suffix is ignored by that cast, whatever the session's TimeZone is.
  const after = keyset
    ? Prisma.sql`AND ("publishedAt", id) < (${new Date(keyset.key ?? 0).toISOString()}::timestamp(3), ${keyset.id}::int)`
    : Prisma.empty;
  const rows = await db.$queryRaw<CardRow[]>`
    SELECT ${CARD_COLUMNS} FROM "Article"
    WHERE ${where} AND pinned = false ${after}
    ORDER BY "publishedAt" DESC, id DESC
    LIMIT ${query.limit + 1}`;
  const pinned = keyset
    ? []
    : await db.$queryRaw<CardRow[]>`
        SELECT ${CARD_COLUMNS} FROM "Article"
        WHERE ${where} AND pinned = true
        ORDER BY "pinnedAt" DESC NULLS LAST, id DESC
        LIMIT ${PINNED_MAX}`;

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    pinned: pinned.map(toCard),
    items: page.map(toCard),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.publishedAt.getTime(), id: last.id }) : null,
  };
}

/** A published article as readers see it (404 for anything else, so drafts reveal nothing). */
export async function loadPublishedArticle(db: PrismaClient, id: number): Promise<ArticleDetail> {
  const article = await db.article.findFirst({
    where: { id, status: 'published' },
    select: {
      id: true,
      title: true,
      category: true,
      summary: true,
      coverUrl: true,
      pinned: true,
      publishedAt: true,
      readCount: true,
      bylineCorrespondent: true,
      bylineReporter: true,
      bodyHtml: true,
      updatedAt: true,
    },
  });
  if (!article?.publishedAt) throw notFound('文章');
  return { ...article, publishedAt: article.publishedAt.toISOString(), updatedAt: article.updatedAt.toISOString() };
}

/**
 * Counts one read (at most once per reader and article in the counter's window) and returns the
 * count the reader should see: what is stored plus what waits in memory. No write happens here.
 */
export async function countRead(db: PrismaClient, counter: ReadCounter, id: number, reader: string): Promise<number> {
  const article = await db.article.findFirst({ where: { id, status: 'published' }, select: { readCount: true } });
  if (!article) throw notFound('文章');
  counter.record(id, reader);
  return article.readCount + counter.pendingFor(id);
}

/**
 * Publishes scheduled articles whose time has come (run every few seconds by the server; safe
 * to run in several instances at once: the conditional UPDATE takes each article once).
 */
export async function publishDueArticles(db: PrismaClient, now = new Date()): Promise<number[]> {
  const published = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: number }>>`
      UPDATE "Article" SET status = 'published', "publishedAt" = "scheduledAt", "updatedAt" = ${now.toISOString()}::timestamp(3)
      WHERE status = 'scheduled' AND "scheduledAt" <= ${now.toISOString()}::timestamp(3)
      RETURNING id`;
    if (rows.length > 0) {
      await writeAudits(
        tx,
        null,
        rows.map((row) => ({ action: 'article.published_on_schedule', entity: 'article', entityId: row.id })),
      );
    }
    return rows.map((row) => row.id);
  });
  if (published.length > 0) publicNewsCacheFor(db).invalidate();
  return published;
}
