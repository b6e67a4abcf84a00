import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  ARTICLE_BODY_EMPTY_MESSAGE,
  ARTICLE_STATUS_LABELS,
  ARTICLE_TRANSITIONS,
  AUTHOR_EDITABLE_STATUSES,
  canEditArticle,
  canPin,
  canTakeAction,
  canViewOnDesk,
  hasRole,
  isArticleBodyEmpty,
  summarizeArticle,
  type ArticleAction,
  type ArticleActionRequest,
  type ArticleDraftInput,
  type DeskArticle,
} from '@wuxie/shared';
import { writeAudit, type Actor } from '../../lib/audit';
import type { Caller } from '../../lib/context';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { enqueueNotification } from '../notifications/notifications.service';
import { loadDeskArticle } from './news-desk.queries';
import { publicNewsCacheFor } from './public-news.cache';
import { articlePlainText, referencedUploadKeys, sanitizeArticleHtml } from './sanitize.rules';

const isStaff = (caller: Caller) => hasRole(caller.roles, 'staff');

/** A body that shows nothing once sanitised (only a script, empty tags) is refused, not published blank. */
const emptyBody = () =>
  new AppError('VALIDATION_FAILED', ARTICLE_BODY_EMPTY_MESSAGE, [{ path: 'bodyHtml', message: ARTICLE_BODY_EMPTY_MESSAGE }]);

/** The steps that send the article to review or to readers, which it cannot reach without a body. */
const NEEDS_BODY: ReadonlySet<ArticleAction> = new Set(['submit', 'publish', 'schedule']);

function cleanDraft(input: ArticleDraftInput) {
  const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
  if (isArticleBodyEmpty(bodyHtml)) throw emptyBody();
  const summary = input.summary?.trim() || summarizeArticle(articlePlainText(bodyHtml));
  return { title: input.title, category: input.category, summary, coverUrl: input.coverUrl ?? null, bodyHtml };
}

/** Ties the images the article shows to it, so the uploads endpoint serves them once it is published. */
async function claimUploads(
  tx: Prisma.TransactionClient,
  articleId: number,
  ownerId: number,
  bodyHtml: string,
  coverUrl: string | null,
): Promise<void> {
  const keys = referencedUploadKeys(bodyHtml, coverUrl);
  if (keys.length === 0) return;
  await tx.upload.updateMany({
    where: { key: { in: keys }, ownerId, articleId: null, purpose: { in: ['article_image', 'cover'] } },
    data: { articleId },
  });
}

/** A new draft by a correspondent or staff; the writer's name goes into the byline they write under. */
export async function createDraft(db: PrismaClient, actor: Actor, input: ArticleDraftInput): Promise<DeskArticle> {
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
  const asCorrespondent = actor.roles.includes('correspondent') || !isStaff(actor);
  const data = cleanDraft(input);
  const id = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...data,
        status: 'draft',
        authorId: actor.userId,
        bylineCorrespondent: input.bylineCorrespondent ?? (asCorrespondent ? me.name : ''),
        bylineReporter: input.bylineReporter ?? (asCorrespondent ? '' : me.name),
      },
      select: { id: true },
    });
    await claimUploads(tx, article.id, actor.userId, data.bodyHtml, data.coverUrl);
    await writeAudit(tx, actor, { action: 'article.created', entity: 'article', entityId: article.id, detail: { title: data.title } });
    return article.id;
  });
  publicNewsCacheFor(db).invalidate();
  return loadDeskArticle(db, actor, id);
}

async function findForDesk(db: PrismaClient, caller: Caller, id: number) {
  const article = await db.article.findUnique({ where: { id }, select: { id: true, status: true, authorId: true, title: true } });
  if (!article || !canViewOnDesk(article, caller)) throw notFound('稿件');
  return article;
}

const changedMeanwhile = () => new AppError('INVALID_TRANSITION', '稿件状态刚刚发生了变化，请刷新后再试');

/** Saves new text; authors only while the article is a draft or returned, staff at any time. */
export async function updateArticle(db: PrismaClient, actor: Actor, id: number, input: ArticleDraftInput): Promise<DeskArticle> {
  const article = await findForDesk(db, actor, id);
  if (!canEditArticle(article, actor)) {
    throw new AppError('INVALID_TRANSITION', `稿件${ARTICLE_STATUS_LABELS[article.status]}，不能再修改；如需修改请先撤回`);
  }
  const data = cleanDraft(input);
  await db.$transaction(async (tx) => {
    // The status may have moved since we looked: the update only lands if it is still editable.
    const guard: Prisma.ArticleWhereInput = isStaff(actor)
      ? { status: article.status }
      : { authorId: actor.userId, status: { in: [...AUTHOR_EDITABLE_STATUSES] } };
    const updated = await tx.article.updateMany({
      where: { id, ...guard },
      data: {
        ...data,
        ...(input.bylineCorrespondent !== undefined ? { bylineCorrespondent: input.bylineCorrespondent } : {}),
        ...(input.bylineReporter !== undefined ? { bylineReporter: input.bylineReporter } : {}),
      },
    });
    if (updated.count !== 1) throw changedMeanwhile();
    await claimUploads(tx, id, actor.userId, data.bodyHtml, data.coverUrl);
    await writeAudit(tx, actor, { action: 'article.edited', entity: 'article', entityId: id, detail: { title: data.title } });
  });
  publicNewsCacheFor(db).invalidate();
  return loadDeskArticle(db, actor, id);
}

const REVIEW_RESULT: Partial<Record<ArticleActionRequest['action'], string>> = {
  publish: '已发布',
  schedule: '定时发布',
  return: '已退回',
};

/** `YYYY-MM-DD HH:mm` in Beijing time (China has no daylight saving). */
const beijingMinute = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Cuts text to what a WeChat `thing` field takes (20 characters). */
const thing = (text: string) => (Array.from(text).length > 20 ? `${Array.from(text).slice(0, 19).join('')}…` : text);

/**
 * One step of the status machine, by a conditional update on the current status (two editors
 * acting at once: one wins, the other gets INVALID_TRANSITION). Review steps notify the author.
 */
export async function takeAction(
  db: PrismaClient,
  actor: Actor,
  id: number,
  request: ArticleActionRequest,
  now = new Date(),
): Promise<DeskArticle> {
  const article = await findForDesk(db, actor, id);
  const step = ARTICLE_TRANSITIONS[request.action];
  if (!canTakeAction(request.action, article, actor)) {
    if (!step.from.includes(article.status)) {
      throw new AppError('INVALID_TRANSITION', `稿件当前${ARTICLE_STATUS_LABELS[article.status]}，不能${step.label}`);
    }
    throw forbidden(step.by === 'author' ? `只有作者本人可以${step.label}` : `只有协会工作人员可以${step.label}`);
  }
  // Bodies saved before empty ones were refused (or written straight into the database) are checked here.
  if (NEEDS_BODY.has(request.action)) {
    const { bodyHtml } = await db.article.findUniqueOrThrow({ where: { id }, select: { bodyHtml: true } });
    if (isArticleBodyEmpty(bodyHtml)) throw emptyBody();
  }
  const note = 'note' in request && request.note ? request.note : null;
  const data: Prisma.ArticleUpdateManyMutationInput = { status: step.to };
  if (request.action === 'submit') Object.assign(data, { submittedAt: now, reviewNote: null });
  if (request.action === 'publish')
    Object.assign(data, { publishedAt: now, scheduledAt: null, reviewerId: actor.userId, reviewNote: note });
  if (request.action === 'schedule')
    Object.assign(data, { scheduledAt: new Date(request.publishAt), publishedAt: null, reviewerId: actor.userId, reviewNote: note });
  if (request.action === 'return') Object.assign(data, { reviewerId: actor.userId, reviewNote: note });
  if (request.action === 'unpublish') Object.assign(data, { pinned: false, pinnedAt: null });

  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id, status: { in: [...step.from] }, ...(step.by === 'author' ? { authorId: actor.userId } : {}) },
      data,
    });
    if (updated.count !== 1) throw changedMeanwhile();
    await writeAudit(tx, actor, {
      action: `article.${request.action}`,
      entity: 'article',
      entityId: id,
      detail: {
        from: article.status,
        to: step.to,
        ...(note ? { note } : {}),
        ...(request.action === 'schedule' ? { publishAt: request.publishAt } : {}),
      },
    });
    const result = REVIEW_RESULT[request.action];
    if (result && article.authorId !== actor.userId) {
      await enqueueNotification(tx, {
        userId: article.authorId,
        kind: 'article.reviewed',
        title: `稿件《${article.title}》${result}`,
        body: note ?? '',
        link: `/packages/news/edit/index?id=${id}`,
        template: {
          key: 'article_reviewed',
          data: { thing1: thing(article.title), phrase2: result, thing3: thing(note ?? '无'), time4: beijingMinute(now) },
        },
      });
    }
  });
  publicNewsCacheFor(db).invalidate();
  return loadDeskArticle(db, actor, id);
}

/** Pins or unpins a published article (staff). */
export async function setPinned(db: PrismaClient, actor: Actor, id: number, pinned: boolean, now = new Date()): Promise<DeskArticle> {
  const article = await findForDesk(db, actor, id);
  if (!canPin(article, actor)) {
    if (!isStaff(actor)) throw forbidden('只有协会工作人员可以置顶');
    throw new AppError('INVALID_TRANSITION', `稿件当前${ARTICLE_STATUS_LABELS[article.status]}，只有已发布的文章可以置顶`);
  }
  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({ where: { id, status: 'published' }, data: { pinned, pinnedAt: pinned ? now : null } });
    if (updated.count !== 1) throw changedMeanwhile();
    await writeAudit(tx, actor, { action: pinned ? 'article.pin' : 'article.unpin', entity: 'article', entityId: id });
  });
  publicNewsCacheFor(db).invalidate();
  return loadDeskArticle(db, actor, id);
}
