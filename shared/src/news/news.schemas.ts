import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';
import { idParamsSchema, idTextSchema, keysetCursorSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';
import { articleActionSchema, articleStatusSchema } from './article-status';
import { articleCategorySchema } from './categories';

/**
 * Where article images live: our own uploads endpoint, `/api/uploads/<key>` with a generated key.
 * The sanitiser keeps an <img> only when its src matches, and covers must match too.
 */
export const ARTICLE_IMAGE_URL_PATTERN = /^\/api\/uploads\/[A-Za-z0-9_-]+\.(?:jpg|png|webp)$/;

export const ARTICLE_TITLE_MAX = 80;
export const ARTICLE_BODY_MAX = 200_000;
export const ARTICLE_NOTE_MAX = 500;
export const NEWS_SEARCH_MAX = 40;

const articleImageUrlSchema = z
  .string()
  .regex(ARTICLE_IMAGE_URL_PATTERN, { message: '封面须为本平台上传的图片（/api/uploads/… 的 jpg、png 或 webp）' });

export const articleFeedQuerySchema = z.object({
  category: articleCategorySchema.optional(),
  q: searchTextSchema('搜索词', NEWS_SEARCH_MAX).min(1, { message: '搜索词不能为空' }).optional(),
  /** Opaque keyset cursor of the feed: `<publishedAt ms>_<id>` of the last item served. */
  cursor: keysetCursorSchema('翻页游标不正确，请刷新后重试').optional(),
  limit: z.coerce.number().int().min(1, { message: '每页条数至少为 1' }).max(50, { message: '每页条数最多 50' }).default(20),
});
export type ArticleFeedQuery = z.infer<typeof articleFeedQuerySchema>;

export const articleCardSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    category: articleCategorySchema,
    summary: z.string(),
    coverUrl: z.string().nullable(),
    pinned: z.boolean(),
    publishedAt: z.string().describe('ISO 8601'),
    readCount: z.number().int(),
    bylineCorrespondent: z.string(),
    bylineReporter: z.string(),
  })
  .meta({ id: 'ArticleCard' });
export type ArticleCard = z.infer<typeof articleCardSchema>;

export const articleFeedSchema = z
  .object({
    pinned: z.array(articleCardSchema).describe('置顶文章，仅第一页返回'),
    items: z.array(articleCardSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ArticleFeed' });
export type ArticleFeed = z.infer<typeof articleFeedSchema>;

export const articleDetailSchema = articleCardSchema
  .extend({ bodyHtml: z.string().describe('已净化的 HTML'), updatedAt: z.string() })
  .meta({ id: 'ArticleDetail' });
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const articleReadSchema = z.object({ readCount: z.number().int() }).meta({ id: 'ArticleRead' });
export type ArticleRead = z.infer<typeof articleReadSchema>;

export const articleIdParamSchema = idParamsSchema('文章');

const byline = (what: string) =>
  z
    .string()
    .trim()
    .max(40, { message: `${what}署名最多 40 个字` })
    .optional();

/** What a correspondent or staff member writes; the body is sanitised on the server. */
export const articleDraftSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(2, { message: '标题至少 2 个字' })
      .max(ARTICLE_TITLE_MAX, { message: `标题最多 ${ARTICLE_TITLE_MAX} 个字` }),
    category: articleCategorySchema,
    summary: z.string().trim().max(200, { message: '摘要最多 200 个字' }).optional(),
    coverUrl: articleImageUrlSchema.nullable().optional(),
    bodyHtml: z.string().max(ARTICLE_BODY_MAX, { message: '正文过长' }),
    bylineCorrespondent: byline('通讯员'),
    bylineReporter: byline('记者'),
  })
  .meta({ id: 'ArticleDraft' });
export type ArticleDraftInput = z.infer<typeof articleDraftSchema>;

const note = z
  .string()
  .trim()
  .max(ARTICLE_NOTE_MAX, { message: `意见最多 ${ARTICLE_NOTE_MAX} 个字` });
const SCHEDULE_MAX_DAYS = 366;

/** One step of the status machine; returning a draft needs a note, scheduling needs a future time. */
export const articleActionRequestSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('submit') }),
    z.object({ action: z.literal('withdraw') }),
    z.object({ action: z.literal('publish'), note: note.optional() }),
    z.object({
      action: z.literal('schedule'),
      publishAt: z.iso
        .datetime({ offset: true, message: '定时发布时间格式不正确' })
        .refine((at) => Date.parse(at) > Date.now(), { message: '定时发布时间须晚于现在' })
        .refine((at) => Date.parse(at) < Date.now() + SCHEDULE_MAX_DAYS * 86_400_000, { message: '定时发布时间须在一年之内' }),
      note: note.optional(),
    }),
    z.object({ action: z.literal('return'), note: note.min(2, { message: '退回意见至少 2 个字，请写明需要修改的地方' }) }),
    z.object({ action: z.literal('unpublish'), note: note.optional() }),
  ])
  .meta({ id: 'ArticleActionRequest' });
export type ArticleActionRequest = z.infer<typeof articleActionRequestSchema>;
// Every action of the status machine has a request shape.
articleActionSchema.options satisfies readonly ArticleActionRequest['action'][];

export const articlePinSchema = z.object({ pinned: z.boolean({ message: '置顶须为是或否' }) }).meta({ id: 'ArticlePin' });

const personSchema = z.object({ id: z.number().int(), name: z.string() });

export const deskArticleSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    category: articleCategorySchema,
    status: articleStatusSchema,
    author: personSchema,
    authorId: z.number().int(),
    reviewNote: z.string().nullable(),
    pinned: z.boolean(),
    readCount: z.number().int(),
    submittedAt: z.string().nullable(),
    scheduledAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeskArticleSummary' });
export type DeskArticleSummary = z.infer<typeof deskArticleSummarySchema>;

export const articleHistoryEntrySchema = z.object({
  action: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type ArticleHistoryEntry = z.infer<typeof articleHistoryEntrySchema>;

export const deskArticleSchema = deskArticleSummarySchema
  .extend({
    summary: z.string(),
    coverUrl: z.string().nullable(),
    bodyHtml: z.string(),
    bylineCorrespondent: z.string(),
    bylineReporter: z.string(),
    createdAt: z.string(),
    history: z.array(articleHistoryEntrySchema),
  })
  .meta({ id: 'DeskArticle' });
export type DeskArticle = z.infer<typeof deskArticleSchema>;

export const DESK_SCOPES = ['mine', 'queue', 'all'] as const;
export const deskListQuerySchema = z
  .object({
    scope: z.enum(DESK_SCOPES, { message: '范围须为 mine、queue 或 all' }).default('mine'),
    status: articleStatusSchema.optional(),
    category: articleCategorySchema.optional(),
    authorId: idTextSchema('作者').optional(),
    /** Published on or after this Beijing day (the lists behind the desk's figures). */
    from: dateOnlySchema('发布开始日期').optional(),
    /** Published on or before this Beijing day. */
    to: dateOnlySchema('发布结束日期').optional(),
    cursor: idTextSchema('翻页游标').optional(),
    limit: z.coerce.number().int().min(1, { message: '每页条数至少为 1' }).max(50, { message: '每页条数最多 50' }).default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '发布开始日期不能晚于结束日期', path: ['from'] });
export type DeskListQuery = z.infer<typeof deskListQuerySchema>;

export const deskArticleListSchema = z
  .object({
    items: z.array(deskArticleSummarySchema),
    nextCursor: z.number().int().nullable(),
    total: z
      .number()
      .int()
      .nullable()
      .describe('how many articles match, counted when the list is limited to publication days (from/to); null otherwise'),
  })
  .meta({ id: 'DeskArticleList' });
export type DeskArticleList = z.infer<typeof deskArticleListSchema>;

export const newsStatsQuerySchema = z
  .object({ from: dateOnlySchema('开始日期'), to: dateOnlySchema('结束日期') })
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type NewsStatsQuery = z.infer<typeof newsStatsQuerySchema>;

export const newsStatsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    byCategoryMonth: z.array(
      z.object({ month: z.string().describe('YYYY-MM（北京时间）'), category: articleCategorySchema, count: z.number().int() }),
    ),
    correspondents: z.array(
      z.object({
        userId: z.number().int(),
        name: z.string(),
        companyName: z.string().nullable(),
        published: z.number().int(),
        rank: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'NewsStats' });
export type NewsStats = z.infer<typeof newsStatsSchema>;
