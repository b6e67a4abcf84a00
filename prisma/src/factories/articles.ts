import type { Article, Prisma } from '../../generated/client';
import { randomOf, type Db, type FactoryOptions } from './context';
import { personName } from './names';
import { nextSequence, type Random } from './random';
import { createUser } from './users';

/** Row data for a published industry article; the caller supplies authorId. */
export function buildArticle(
  random: Random,
  overrides: Partial<Prisma.ArticleUncheckedCreateInput> & { authorId: number },
): Prisma.ArticleUncheckedCreateInput {
  const status = overrides.status ?? 'published';
  const now = new Date();
  return {
    title: `我市物业服务质量提升行动持续推进（${nextSequence()}）`,
    category: 'industry',
    summary: '各会员单位对照标准查漏补缺，小区环境和服务质量明显改善。',
    bodyHtml:
      '<p>近日，各会员单位认真落实物业服务质量提升行动要求，<strong>对照标准逐项自查</strong>。</p>' +
      '<ul><li>完善小区消防设施</li><li>规范公示收费项目</li><li>畅通业主诉求渠道</li></ul>',
    bylineCorrespondent: personName(random),
    bylineReporter: personName(random),
    readCount: random.int(0, 500),
    ...(status === 'published' ? { publishedAt: now, submittedAt: now } : {}),
    ...overrides,
    status,
  };
}

/** Create an article (published now by default); a correspondent author is created if needed. */
export async function createArticle(
  db: Db,
  overrides: Partial<Prisma.ArticleUncheckedCreateInput> = {},
  options?: FactoryOptions,
): Promise<Article> {
  const authorId = overrides.authorId ?? (await createUser(db, { roles: ['worker', 'correspondent'] }, options)).id;
  return db.article.create({ data: buildArticle(randomOf(options), { ...overrides, authorId }) });
}
