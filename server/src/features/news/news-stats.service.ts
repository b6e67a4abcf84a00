import type { ArticleCategory, PrismaClient } from '@wuxie/prisma';
import type { NewsStats, NewsStatsQuery } from '@wuxie/shared';

/** Midnight of a Beijing calendar day, as the UTC instant stored in the database. */
function beijingMidnight(day: string, plusDays = 0): Date {
  const at = new Date(`${day}T00:00:00+08:00`);
  return new Date(at.getTime() + plusDays * 86_400_000);
}

const CANDIDATES_MAX = 50;

/**
 * Figures for the period (Beijing days, both ends included): published articles per category
 * and month, and correspondents ranked by what they had published (the 优秀通讯员 candidates).
 */
export async function loadNewsStats(db: PrismaClient, query: NewsStatsQuery): Promise<NewsStats> {
  const from = beijingMidnight(query.from).toISOString();
  const until = beijingMidnight(query.to, 1).toISOString();
  const byCategoryMonth = await db.$queryRaw<Array<{ month: string; category: ArticleCategory; count: number }>>`
    SELECT to_char("publishedAt" + interval '8 hours', 'YYYY-MM') AS month, category, count(*)::int AS count
    FROM "Article"
    WHERE status = 'published' AND "publishedAt" >= ${from}::timestamp(3) AND "publishedAt" < ${until}::timestamp(3)
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  const correspondents = await db.$queryRaw<
    Array<{ userId: number; name: string; companyName: string | null; published: number; rank: number }>
  >`
    SELECT u.id AS "userId", u.name, c.name AS "companyName", count(*)::int AS published,
           (rank() OVER (ORDER BY count(*) DESC))::int AS rank
    FROM "Article" a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Company" c ON c.id = u."companyId"
    WHERE a.status = 'published' AND a."publishedAt" >= ${from}::timestamp(3) AND a."publishedAt" < ${until}::timestamp(3)
      AND 'correspondent'::"Role" = ANY (u.roles)
    GROUP BY u.id, u.name, c.name
    ORDER BY published DESC, u.id ASC
    LIMIT ${CANDIDATES_MAX}`;
  return { from: query.from, to: query.to, byCategoryMonth, correspondents };
}
