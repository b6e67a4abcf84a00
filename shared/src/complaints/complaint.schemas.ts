import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';
import { idParamsSchema, idSchema, idTextSchema, keysetCursorSchema } from '../common/ids';
import { mobilePhoneSchema } from '../common/phone';
import { searchTextSchema } from '../common/search-text';
import { photoSchema, uploadKeySchema } from '../uploads/uploads.schemas';
import { complaintCategorySchema } from './complaint-categories';
import { COMPLAINT_ACTIONS, complaintStatusSchema, satisfactionSchema } from './complaint-machine';

/** A client-made key that makes a retried submission return the first complaint. */
export const idempotencyKeySchema = z
  .string({ error: '幂等键应为文字' })
  .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: '幂等键（Idempotency-Key）应为 8–100 位字母、数字、- 或 _' });

const note = (what: string, max = 500) =>
  z
    .string({ error: `${what}应为文字` })
    .trim()
    .max(max, { message: `${what}最多 ${max} 个字` });
const requiredNote = (what: string, min = 2, max = 500) => note(what, max).min(min, { message: `请填写${what}（至少 ${min} 个字）` });

export const createComplaintSchema = z
  .object({
    category: complaintCategorySchema,
    communityId: idSchema('小区'),
    title: z.string({ error: '请填写标题' }).trim().min(4, { message: '标题至少 4 个字' }).max(40, { message: '标题最多 40 个字' }),
    description: z
      .string({ error: '请填写问题描述' })
      .trim()
      .min(10, { message: '问题描述至少 10 个字，请写清楚时间、地点和经过' })
      .max(2000, { message: '问题描述最多 2000 个字' }),
    photoKeys: z.array(uploadKeySchema, { error: '照片列表格式不正确' }).max(9, { message: '照片最多 9 张' }).default([]),
    contactPhone: mobilePhoneSchema,
    allowContact: z.boolean({ error: '“允许物业电话联系”应为是或否' }).default(false),
    anonymous: z.boolean({ error: '“对物业企业隐藏身份”应为是或否' }).default(false),
    idempotencyKey: idempotencyKeySchema.optional(),
  })
  .refine((v) => new Set(v.photoKeys).size === v.photoKeys.length, { message: '同一张照片不能重复添加', path: ['photoKeys'] })
  .meta({ id: 'CreateComplaint' });
export type CreateComplaint = z.input<typeof createComplaintSchema>;

const version = z
  .number({ error: '版本号应为数字' })
  .int()
  .min(0)
  .optional()
  .describe('the version the caller saw; a stale one is refused with 409');

/** One body for every action; `action` says which. */
export const complaintActionBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('accept'), note: note('受理意见').optional(), version }),
      z.object({ action: z.literal('reject'), reason: requiredNote('不予受理的理由', 5), version }),
      z.object({ action: z.literal('assign'), companyId: idSchema('物业企业').optional(), note: note('派单说明').optional(), version }),
      z.object({ action: z.literal('reassign'), companyId: idSchema('物业企业'), note: requiredNote('改派理由'), version }),
      z.object({ action: z.literal('handle'), note: note('接单说明').optional(), version }),
      z.object({
        action: z.literal('reply'),
        reply: requiredNote('回复内容', 5, 2000),
        photoKeys: z.array(uploadKeySchema).max(9, { message: '回复照片最多 9 张' }).default([]),
        version,
      }),
      z.object({ action: z.literal('resolve'), note: note('处理结果说明').optional(), version }),
      z
        .object({ action: z.literal('follow_up'), satisfaction: satisfactionSchema, comment: note('评价内容').default(''), version })
        .refine((v) => v.satisfaction !== 'unsatisfied' || v.comment.length >= 2, {
          message: '选择“不满意”时请写明哪里不满意（至少 2 个字），物业会据此重新办理',
          path: ['comment'],
        }),
      z.object({ action: z.literal('mediate'), note: note('调解说明').optional(), version }),
      z.object({ action: z.literal('close'), note: requiredNote('结案意见'), version }),
      z.object({ action: z.literal('urge'), note: note('催办留言').optional(), version }),
      z.object({ action: z.literal('remark'), note: requiredNote('备注'), visibleToCompany: z.boolean().default(true), version }),
    ],
    { error: `操作类型不正确，应为：${COMPLAINT_ACTIONS.join('、')}` },
  )
  .meta({ id: 'ComplaintActionBody' });
export type ComplaintActionBody = z.input<typeof complaintActionBodySchema>;
export type ComplaintActionInput = z.output<typeof complaintActionBodySchema>;

const boolFromQuery = z.enum(['true', 'false'], { error: '“只看超时”应为 true 或 false' }).transform((v) => v === 'true');

/** The keyset of the last complaint served: its createdAt or due date (none when it has no reply deadline) and id. */
export const cursorQuery = keysetCursorSchema('分页游标无效，请从第一页重新加载', { keyMayBeMissing: true }).optional();
export const limitQuery = z.coerce
  .number({ error: '每页条数应为数字' })
  .int()
  .min(1, { message: '每页至少 1 条' })
  .max(100, { message: '每页最多 100 条' })
  .default(20);

const ledgerFilterFields = z.object({
  status: complaintStatusSchema.optional(),
  category: complaintCategorySchema.optional(),
  companyId: idTextSchema('物业企业').optional(),
  communityId: idTextSchema('小区').optional(),
  from: dateOnlySchema('开始日期').optional(),
  to: dateOnlySchema('结束日期').optional(),
  overdue: boolFromQuery.optional(),
  q: searchTextSchema('搜索关键字', 40).optional(),
});
const datesInOrder = { message: '开始日期不能晚于结束日期', path: ['from'] };
const fromBeforeTo = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;

/** Ledger (台账) filters; the Excel export takes the same ones. */
export const ledgerFilterSchema = ledgerFilterFields.refine(fromBeforeTo, datesInOrder);
export type LedgerFilter = z.output<typeof ledgerFilterSchema>;

export const ledgerQuerySchema = ledgerFilterFields
  .extend({
    order: z.enum(['newest', 'due'], { error: '排序方式应为 newest 或 due' }).default('newest'),
    cursor: cursorQuery,
    limit: limitQuery,
  })
  .refine(fromBeforeTo, datesInOrder);
export type LedgerQuery = z.input<typeof ledgerQuerySchema>;

export const pageQuerySchema = z.object({ cursor: cursorQuery, limit: limitQuery });
export const deskQuerySchema = pageQuerySchema.extend({
  tab: z.enum(['todo', 'all'], { error: '列表应为 todo（待办）或 all（全部）' }).default('todo'),
});

export const complaintSummarySchema = z
  .object({
    id: z.number().int(),
    number: z.string(),
    title: z.string(),
    category: complaintCategorySchema,
    status: complaintStatusSchema,
    communityName: z.string(),
    companyName: z.string().nullable(),
    createdAt: z.string(),
    acceptDueAt: z.string(),
    replyDueAt: z.string().nullable(),
    overdue: z.enum(['accept', 'reply']).nullable(),
    anonymous: z.boolean(),
    reopenCount: z.number().int(),
    satisfaction: satisfactionSchema.nullable(),
    residentName: z.string().nullable().describe('null when the viewer may not see it (anonymous, or the resident themself)'),
  })
  .meta({ id: 'ComplaintSummary' });
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintPageSchema = z
  .object({ items: z.array(complaintSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ComplaintPage' });
export type ComplaintPage = z.infer<typeof complaintPageSchema>;

export const timelineEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    label: z.string(),
    fromStatus: complaintStatusSchema.nullable(),
    toStatus: complaintStatusSchema.nullable(),
    note: z.string(),
    actor: z.string().describe('who acted, as the viewer may see it'),
    createdAt: z.string(),
    visibleToCompany: z.boolean(),
    photos: z.array(photoSchema),
  })
  .meta({ id: 'ComplaintTimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const followUpSchema = z
  .object({
    round: z.number().int(),
    satisfaction: satisfactionSchema,
    comment: z.string(),
    method: z.enum(['self', 'phone']),
    createdAt: z.string(),
  })
  .meta({ id: 'ComplaintFollowUp' });

export const complaintDetailSchema = complaintSummarySchema
  .extend({
    description: z.string(),
    communityId: z.number().int(),
    companyId: z.number().int().nullable(),
    contactPhone: z.string().nullable().describe('masked (138****1234) for the company unless contact was allowed; null when anonymous'),
    allowContact: z.boolean(),
    rejectReason: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    assignedAt: z.string().nullable(),
    repliedAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    lastUrgedAt: z.string().nullable(),
    version: z.number().int(),
    photos: z.array(photoSchema),
    timeline: z.array(timelineEntrySchema),
    followUps: z.array(followUpSchema),
    viewerRoles: z.array(z.enum(['resident', 'company', 'staff'])),
    allowedActions: z.array(z.enum(COMPLAINT_ACTIONS)).describe('what the viewer may do now, from the shared state machine'),
    urge: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
  })
  .meta({ id: 'ComplaintDetail' });
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const figuresQuerySchema = z
  .object({ from: dateOnlySchema('开始日期'), to: dateOnlySchema('结束日期') })
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 3 * 366 * 86_400_000, { message: '统计区间最长 3 年', path: ['to'] });

const ratio = z.object({ numerator: z.number().int(), denominator: z.number().int(), rate: z.number().nullable() }).meta({ id: 'Ratio' });
export type Ratio = z.infer<typeof ratio>;

const figureRow = z.object({
  received: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  avgReplyHours: z.number().nullable(),
  satisfaction: ratio,
});

export const complaintFiguresSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    received: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    closed: z.number().int(),
    overdue: z.number().int().describe('filed in the period and accepted or replied late, or late right now'),
    avgReplyHours: z.number().nullable().describe('hours from filing to the first reply'),
    reopenRate: ratio.describe('reopened at least once / reached a company reply'),
    satisfaction: ratio.describe('(satisfied + basically satisfied) / follow-ups recorded in the period'),
    byCompany: z.array(figureRow.extend({ companyId: z.number().int(), companyName: z.string() })),
    byCategory: z.array(figureRow.extend({ category: complaintCategorySchema })),
  })
  .meta({ id: 'ComplaintFigures' });
export type ComplaintFigures = z.infer<typeof complaintFiguresSchema>;

export const communityOptionSchema = z
  .object({ id: z.number().int(), name: z.string(), district: z.string(), companyName: z.string().nullable() })
  .meta({ id: 'CommunityOption' });
export type CommunityOption = z.infer<typeof communityOptionSchema>;
export const communityOptionsQuerySchema = z.object({
  q: searchTextSchema('小区关键字', 30).default(''),
  limit: z.coerce.number().int().min(1).max(50, { message: '每次最多 50 个小区' }).default(20),
});
export const companyOptionsQuerySchema = z.object({ q: searchTextSchema('企业关键字', 30).default('') });
export const companyOptionSchema = z.object({ id: z.number().int(), name: z.string() }).meta({ id: 'CompanyOption' });

export const complaintIdParamSchema = idParamsSchema('投诉');

/** What the filing page needs to ask for progress messages: the WeChat template id, when one is configured. */
export const complaintSubscriptionSchema = z
  .object({ templateKey: z.literal('complaint_progress'), templateId: z.string().nullable() })
  .meta({ id: 'ComplaintSubscription' });
export type ComplaintSubscription = z.infer<typeof complaintSubscriptionSchema>;
