import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';
import { keysetCursorSchema } from '../common/ids';
import {
  activityStatusSchema,
  activityTypeSchema,
  audienceSchema,
  cancelRuleSchema,
  examResultSchema,
  registrationStatusSchema,
} from './activity-enums';
import { ACTIVITY_LIST_STATES, ACTIVITY_PHASES, MAX_ACTIVITY_DAYS } from './activity-rules';
import { extraFieldSchema, extraFieldsSchema } from './extra-fields';

const dateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .refine((s) => z.iso.datetime({ offset: true }).safeParse(s).success, {
      message: `${label}应为带时区的日期时间，例如 2025-03-08T09:00:00+08:00`,
    })
    .transform((s) => new Date(s));

const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, { message: `${label}不能超过 500 个字符` })
    .refine((s) => /^https?:\/\/[^\s]+$/.test(s), { message: `${label}应以 http:// 或 https:// 开头` });

/** What staff fill in to create or edit an activity. */
export const activityInputSchema = z
  .object({
    type: activityTypeSchema,
    title: z
      .string({ error: '请填写活动标题' })
      .trim()
      .min(2, { message: '活动标题至少 2 个字' })
      .max(60, { message: '活动标题不能超过 60 个字' }),
    coverUrl: z
      .string()
      .trim()
      .max(500, { message: '封面地址不能超过 500 个字符' })
      .refine((s) => s.startsWith('/') || /^https?:\/\//.test(s), { message: '封面地址应为上传后的图片地址' })
      .nullable()
      .default(null),
    description: z.string().max(20000, { message: '活动介绍不能超过 20000 个字' }).default(''),
    place: z.string().trim().max(100, { message: '活动地点不能超过 100 个字' }).default(''),
    onlineUrl: httpUrl('线上参加链接').nullable().default(null),
    startAt: dateTime('开始时间'),
    endAt: dateTime('结束时间'),
    signupStartAt: dateTime('报名开始时间'),
    signupEndAt: dateTime('报名截止时间'),
    capacity: z
      .number({ error: '请填写名额（整数）' })
      .int({ message: '名额应为整数' })
      .min(1, { message: '名额至少为 1' })
      .max(10000, { message: '名额不能超过 10000' }),
    waitlistEnabled: z.boolean({ error: '请说明是否开放候补' }).default(true),
    audience: audienceSchema.default('everyone'),
    extraFields: extraFieldsSchema.default([]),
    cancelRule: cancelRuleSchema.default('until_deadline'),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    // Zod runs this even when a field failed (that field is then still the raw input): compare
    // times only when all four are dates; the field's own message already says what is wrong.
    const times = [a.startAt, a.endAt, a.signupStartAt, a.signupEndAt] as unknown[];
    if (!times.every((d) => d instanceof Date)) return;
    if (a.endAt <= a.startAt) issue('endAt', '结束时间应晚于开始时间');
    else if (a.endAt.getTime() - a.startAt.getTime() > MAX_ACTIVITY_DAYS * 86_400_000)
      issue('endAt', `活动时长不能超过 ${MAX_ACTIVITY_DAYS} 天`);
    if (a.signupEndAt <= a.signupStartAt) issue('signupEndAt', '报名截止时间应晚于报名开始时间');
    if (a.signupEndAt > a.startAt) issue('signupEndAt', '报名截止时间不能晚于活动开始时间');
    if (a.type === 'online_training' && !a.onlineUrl) issue('onlineUrl', '线上培训请填写线上参加链接');
    if (a.type !== 'online_training' && !a.place) issue('place', '请填写活动地点');
  })
  .meta({ id: 'ActivityInput' });
export type ActivityInput = z.input<typeof activityInputSchema>;

export const activityPhaseSchema = z.enum(ACTIVITY_PHASES);

export const activitySummarySchema = z
  .object({
    id: z.number().int(),
    type: activityTypeSchema,
    title: z.string(),
    coverUrl: z.string().nullable(),
    place: z.string(),
    online: z.boolean(),
    startAt: z.string(),
    endAt: z.string(),
    signupStartAt: z.string(),
    signupEndAt: z.string(),
    capacity: z.number().int(),
    confirmedCount: z.number().int(),
    seatsLeft: z.number().int(),
    waitlistEnabled: z.boolean(),
    audience: audienceSchema,
    cancelRule: cancelRuleSchema,
    status: activityStatusSchema,
    phase: activityPhaseSchema,
  })
  .meta({ id: 'ActivitySummary' });
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activityListQuerySchema = z
  .object({
    type: activityTypeSchema.optional(),
    state: z.enum(ACTIVITY_LIST_STATES, { error: '状态筛选只能是 upcoming、open、waitlist 或 ended' }).default('upcoming'),
    /** Staff only: list activities of one status (drafts included), newest first. */
    status: activityStatusSchema.optional(),
    /**
     * The activities the figures count as held: published or finished and already started (the
     * list behind 举办活动). Takes the place of `state`, newest first.
     */
    held: z
      .enum(['true', 'false'], { error: '“已举办”筛选 held 应为 true 或 false' })
      .transform((v) => v === 'true')
      .optional(),
    /** Started on or after this Beijing day. */
    from: dateOnlySchema('开始日期').optional(),
    /** Started on or before this Beijing day. */
    to: dateOnlySchema('结束日期').optional(),
    cursor: keysetCursorSchema('翻页参数 cursor 格式不正确').optional(),
    limit: z.coerce
      .number({ error: '每页条数 limit 应为数字' })
      .int()
      .min(1, { message: '每页至少 1 条' })
      .max(50, { message: '每页最多 50 条' })
      .default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] });
export type ActivityListQuery = z.input<typeof activityListQuerySchema>;

export const activityListSchema = z
  .object({
    items: z.array(activitySummarySchema),
    nextCursor: z.string().nullable(),
    total: z
      .number()
      .int()
      .nullable()
      .describe('how many activities match, counted when the list is limited to days (from/to); null otherwise'),
  })
  .meta({ id: 'ActivityList' });
export type ActivityList = z.infer<typeof activityListSchema>;

export const registrationViewSchema = z
  .object({
    id: z.number().int(),
    activityId: z.number().int(),
    status: registrationStatusSchema,
    /** 1 = next to be promoted; null unless waitlisted. */
    waitlistPosition: z.number().int().nullable(),
    /** Signed ticket code for the QR; only for confirmed registrations. */
    ticketCode: z.string().nullable(),
    extra: z.record(z.string(), z.string()),
    registeredByOther: z.boolean(),
    checkedInAt: z.string().nullable(),
    result: examResultSchema.nullable(),
    score: z.number().nullable(),
    certificateNo: z.string().nullable(),
    certificateAt: z.string().nullable(),
    promotedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'RegistrationView' });
export type RegistrationView = z.infer<typeof registrationViewSchema>;

export const activityDetailSchema = activitySummarySchema
  .extend({
    description: z.string(),
    /** Shown to staff and to people holding a seat. */
    onlineUrl: z.string().nullable(),
    extraFields: z.array(extraFieldSchema),
    waitlistCount: z.number().int(),
    myRegistration: registrationViewSchema.nullable(),
    /** Whether the caller may sign up now, and if not, why (null message when allowed). */
    signup: z.object({ allowed: z.boolean(), message: z.string().nullable() }),
  })
  .meta({ id: 'ActivityDetail' });
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const signupSchema = z
  .object({ extra: z.record(z.string(), z.unknown(), { error: '附加信息 extra 应为对象' }).default({}) })
  .meta({ id: 'SignupRequest' });
export type SignupRequest = z.input<typeof signupSchema>;

export const signupResultSchema = registrationViewSchema.extend({ message: z.string() }).meta({ id: 'SignupResult' });
export type SignupResult = z.infer<typeof signupResultSchema>;

export const myRegistrationItemSchema = z
  .object({ registration: registrationViewSchema, activity: activitySummarySchema })
  .meta({ id: 'MyRegistrationItem' });
export type MyRegistrationItem = z.infer<typeof myRegistrationItemSchema>;

export const myRegistrationsQuerySchema = z.object({
  /** `certificates`: only passed exams with a certificate. */
  only: z.enum(['all', 'certificates'], { error: 'only 只能是 all 或 certificates' }).default('all'),
});

export const myRegistrationListSchema = z.object({ items: z.array(myRegistrationItemSchema) }).meta({ id: 'MyRegistrationList' });
export type MyRegistrationList = z.infer<typeof myRegistrationListSchema>;

export const cancelActivitySchema = z
  .object({
    reason: z.string().trim().min(2, { message: '请填写取消原因（至少 2 个字）' }).max(100, { message: '取消原因不能超过 100 个字' }),
  })
  .meta({ id: 'CancelActivity' });

export const activityCreatedSchema = z.object({ id: z.number().int() }).meta({ id: 'ActivityCreated' });
export const activityCancelledSchema = z
  .object({ notified: z.number().int().describe('收到取消通知的人数') })
  .meta({ id: 'ActivityCancelled' });

/** Template ids the client asks wx.requestSubscribeMessage for before a sign-up (null when not configured). */
export const activitySubscriptionSchema = z
  .object({ waitlistPromoted: z.string().nullable(), reminder: z.string().nullable() })
  .meta({ id: 'ActivitySubscription' });
export type ActivitySubscription = z.infer<typeof activitySubscriptionSchema>;
