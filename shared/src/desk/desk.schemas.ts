import { z } from 'zod';
import { activityTypeSchema } from '../activities/activity-enums';
import { idTextSchema } from '../common/ids';
import { complaintCategorySchema } from '../complaints/complaint-categories';
import { articleCategorySchema } from '../news/categories';
import { checkCustomPeriod, deskPeriodFields, deskPeriodSchema } from './desk-period';

/** Every figure the desk and the report show, in the order the dashboard lists them. */
export const DESK_FIGURE_KEYS = [
  'activities_held',
  'participants',
  'companies',
  'online_trainings',
  'exam_pass_rate',
  'exam_first_passed',
  'party_days',
  'articles_published',
  'party_articles',
  'correspondents_published',
  'complaints_received',
  'complaints_closed',
  'complaints_overdue',
  'follow_up_satisfaction',
  'surveys',
  'suggestions',
  'commended_companies',
  'commended_correspondents',
] as const;
export type DeskFigureKey = (typeof DESK_FIGURE_KEYS)[number];
export const DESK_FIGURE_LABELS: Record<DeskFigureKey, string> = {
  activities_held: '举办活动',
  participants: '参加人数',
  companies: '参加单位',
  online_trainings: '线上培训',
  exam_pass_rate: '认定考试合格率',
  exam_first_passed: '一次性通过认定',
  party_days: '主题党日',
  articles_published: '发布新闻报道',
  party_articles: '党建引领稿件',
  correspondents_published: '供稿通讯员',
  complaints_received: '受理投诉',
  complaints_closed: '办结投诉',
  complaints_overdue: '超时投诉',
  follow_up_satisfaction: '回访满意率',
  surveys: '专题调研',
  suggestions: '报送意见建议',
  commended_companies: '表彰优秀会员单位',
  commended_correspondents: '表彰优秀通讯员',
};

const ratioSchema = z.object({ numerator: z.number().int(), denominator: z.number().int(), rate: z.number().nullable() });

/** Where a figure comes from: the client page (route + filter) and, in words and as a request, the list behind it. */
export const figureLinkSchema = z
  .object({
    route: z.string().describe('client route name (client/src/routes.ts)'),
    params: z.record(z.string(), z.string()).describe('the filter the page opens with'),
    list: z.string().describe('the list and filter in words, e.g. 投诉受理台账：受理日期 2024-01-01 至 2024-06-30'),
    api: z.string().describe('the API request that lists or counts the records behind the figure'),
  })
  .meta({ id: 'FigureLink' });
export type FigureLink = z.infer<typeof figureLinkSchema>;

export const deskFigureSchema = z
  .object({
    key: z.enum(DESK_FIGURE_KEYS),
    label: z.string(),
    value: z.number().nullable().describe('the count, or the rate (0–1) for ratios; null when there is no denominator'),
    unit: z.string(),
    display: z.string().describe('as the report writes it, e.g. "22 场" or "84%（43/51）"'),
    numerator: z.number().int().optional(),
    denominator: z.number().int().optional(),
    link: figureLinkSchema,
  })
  .meta({ id: 'DeskFigure' });
export type DeskFigure = z.infer<typeof deskFigureSchema>;

export const countByTypeSchema = z.object({ type: activityTypeSchema, label: z.string(), count: z.number().int(), link: figureLinkSchema });
export const countByCategorySchema = z.object({
  category: articleCategorySchema,
  label: z.string(),
  count: z.number().int(),
  link: figureLinkSchema,
});
export const complaintsByCategorySchema = z.object({
  category: complaintCategorySchema,
  label: z.string(),
  received: z.number().int(),
  closed: z.number().int(),
  link: figureLinkSchema,
});

/** One member company's participation in the period's activities and its complaint scorecard. */
export const companyScorecardSchema = z
  .object({
    companyId: z.number().int(),
    companyName: z.string(),
    registrations: z.number().int().describe('confirmed registrations'),
    attendances: z.number().int().describe('check-ins (人次)'),
    people: z.number().int().describe('distinct people checked in'),
    activities: z.number().int().describe('distinct activities attended'),
    complaints: z.object({ received: z.number().int(), closed: z.number().int(), overdue: z.number().int(), satisfaction: ratioSchema }),
    participationLink: figureLinkSchema,
    complaintsLink: figureLinkSchema,
  })
  .meta({ id: 'CompanyScorecard' });
export type CompanyScorecard = z.infer<typeof companyScorecardSchema>;

export const companyCandidateSchema = z
  .object({
    rank: z.number().int(),
    companyId: z.number().int(),
    companyName: z.string(),
    reasons: z.array(z.string()),
    cautions: z.array(z.string()).describe('what speaks against: overdue complaints, low satisfaction'),
    commended: z.boolean().describe('already commended as 优秀会员单位 in a year of the period'),
  })
  .meta({ id: 'CompanyCandidate' });
export type CompanyCandidate = z.infer<typeof companyCandidateSchema>;

export const correspondentCandidateSchema = z
  .object({
    rank: z.number().int(),
    userId: z.number().int(),
    name: z.string(),
    companyName: z.string().nullable(),
    published: z.number().int(),
    reasons: z.array(z.string()),
    commended: z.boolean().describe('already commended as 优秀通讯员 in a year of the period'),
    link: figureLinkSchema,
  })
  .meta({ id: 'CorrespondentCandidate' });
export type CorrespondentCandidate = z.infer<typeof correspondentCandidateSchema>;

export const deskDashboardSchema = z
  .object({
    period: deskPeriodSchema,
    generatedAt: z.string(),
    figures: z.array(deskFigureSchema),
    activitiesByType: z.array(countByTypeSchema),
    articlesByCategory: z.array(countByCategorySchema),
    articlesByMonth: z.array(z.object({ month: z.string().describe('YYYY-MM'), count: z.number().int() })),
    complaintsByCategory: z.array(complaintsByCategorySchema),
    companies: z.array(companyScorecardSchema).describe('every company that took part or had complaints, most attendances first'),
    candidates: z.object({ companies: z.array(companyCandidateSchema), correspondents: z.array(correspondentCandidateSchema) }),
  })
  .meta({ id: 'DeskDashboard' });
export type DeskDashboard = z.infer<typeof deskDashboardSchema>;

/** The sections of the association's own half-year and annual reports, in their order. */
export const REPORT_SECTION_KEYS = ['party_building', 'training', 'advisory', 'publicity'] as const;
export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];
export const REPORT_SECTION_HEADINGS: Record<ReportSectionKey, string> = {
  party_building: '党建引领',
  training: '培训与技能',
  advisory: '咨询服务与投诉处理',
  publicity: '宣传工作',
};

export const reportSectionSchema = z
  .object({
    key: z.enum(REPORT_SECTION_KEYS),
    heading: z.string().describe('e.g. 二、培训与技能'),
    paragraphs: z.array(z.string()),
    figures: z.array(deskFigureSchema).describe('every figure the paragraphs state, with the list behind it'),
  })
  .meta({ id: 'ReportSection' });
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const workReportSchema = z
  .object({
    title: z.string(),
    association: z.string(),
    period: deskPeriodSchema,
    generatedAt: z.string(),
    intro: z.string(),
    sections: z.array(reportSectionSchema),
    note: z.string(),
  })
  .meta({ id: 'WorkReport' });
export type WorkReport = z.infer<typeof workReportSchema>;

/** Whose report it is (the title of the Word document). */
export const ASSOCIATION_NAME = '淮南市物业管理协会';

/**
 * Lists behind the figures that no feature's own list shows row by row: advisory work (no feature
 * of its own yet), the people and companies who checked in, exam attempts and first-time passes,
 * correspondents who published, complaint follow-up visits, and complaints handled late (the
 * ledger's overdue filter shows only those late right now).
 */
export const DESK_RECORD_KINDS = [
  'surveys',
  'suggestions',
  'participants',
  'companies',
  'exam_sat',
  'exam_first_passes',
  'correspondents',
  'follow_ups',
  'overdue_complaints',
] as const;
export type DeskRecordKind = (typeof DESK_RECORD_KINDS)[number];
export const DESK_RECORD_LABELS: Record<DeskRecordKind, string> = {
  surveys: '专题调研',
  suggestions: '报送意见建议',
  participants: '参加活动人员',
  companies: '参加活动单位',
  exam_sat: '认定考试参考人员',
  exam_first_passes: '一次性通过认定',
  correspondents: '供稿通讯员',
  follow_ups: '投诉回访记录',
  overdue_complaints: '超时投诉',
};
/** The unit each list counts in, as the figures write it. */
export const DESK_RECORD_UNITS: Record<DeskRecordKind, string> = {
  surveys: '项',
  suggestions: '条',
  participants: '人',
  companies: '家',
  exam_sat: '人次',
  exam_first_passes: '人',
  correspondents: '名',
  follow_ups: '次',
  overdue_complaints: '件',
};
/** For the lists behind a rate: what the rows that count in the numerator are. */
export const DESK_RECORD_NUMERATORS: Partial<Record<DeskRecordKind, string>> = { exam_sat: '合格', follow_ups: '满意 + 基本满意' };
/** The lists the 调研与建议 page offers as tabs; the others open from a figure. */
export const DESK_RECORD_TABS: readonly DeskRecordKind[] = ['surveys', 'suggestions'];
export const DESK_RECORDS_PAGE_MAX = 200;

export const deskRecordsQuerySchema = deskPeriodFields
  .extend({
    kind: z.enum(DESK_RECORD_KINDS, { error: `记录类型应为 ${DESK_RECORD_KINDS.join('、')} 之一` }),
    companyId: idTextSchema('单位').optional().describe('participants only: the people of one company (its scorecard)'),
    offset: z.coerce
      .number({ error: '翻页位置 offset 应为数字' })
      .int({ message: '翻页位置应为整数' })
      .min(0, { message: '翻页位置不能为负数' })
      .max(1_000_000, { message: '翻页位置过大' })
      .default(0),
    limit: z.coerce
      .number({ error: '每页条数 limit 应为数字' })
      .int()
      .min(1, { message: '每页至少 1 条' })
      .max(DESK_RECORDS_PAGE_MAX, { message: `每页最多 ${DESK_RECORDS_PAGE_MAX} 条` })
      .default(50),
  })
  .superRefine((q, ctx) => {
    checkCustomPeriod(q, ctx);
    if (q.companyId !== undefined && q.kind !== 'participants')
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: '只有参加活动人员（participants）可以按单位筛选' });
  });
export type DeskRecordsQuery = z.input<typeof deskRecordsQuerySchema>;

export const deskRecordSchema = z.object({
  id: z.number().int().describe('the row: a survey, suggestion, person, company, registration or follow-up id'),
  title: z.string(),
  detail: z.string(),
  date: z.string().nullable().describe('YYYY-MM-DD (Beijing); null for a row that sums several records'),
  counted: z.boolean().nullable().describe('for the lists behind a rate: whether the row counts in the numerator'),
});
export type DeskRecord = z.infer<typeof deskRecordSchema>;

export const deskRecordListSchema = z
  .object({
    kind: z.enum(DESK_RECORD_KINDS),
    period: deskPeriodSchema,
    company: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    total: z.number().int().describe('every row of the list (the figure, or the denominator of a rate)'),
    numerator: z.number().int().nullable().describe('for a rate: the rows that count in the numerator'),
    items: z.array(deskRecordSchema),
    nextOffset: z.number().int().nullable(),
  })
  .meta({ id: 'DeskRecordList' });
export type DeskRecordList = z.infer<typeof deskRecordListSchema>;
