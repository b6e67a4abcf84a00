import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';
import { idSchema, idTextSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';
import { activityTypeSchema, examResultSchema, registrationStatusSchema } from './activity-enums';
import { activitySummarySchema } from './activities.schemas';
import { ticketCodeSchema } from './ticket-code';

// Request and response shapes of the staff and company-admin operations: bulk sign-up, rosters,
// check-in, exam results, certificate verification and figures.

export const companySignupSchema = z
  .object({
    people: z
      .array(
        z.object({
          userId: idSchema('要报名的人员'),
          extra: z.record(z.string(), z.unknown()).default({}),
        }),
      )
      .min(1, { message: '请至少选择 1 名员工' })
      .max(50, { message: '一次最多为 50 名员工报名' })
      .refine((people) => new Set(people.map((p) => p.userId)).size === people.length, { message: '同一名员工被重复选择了' }),
  })
  .meta({ id: 'CompanySignupRequest' });
export type CompanySignupRequest = z.input<typeof companySignupSchema>;

export const companySignupResultSchema = z
  .object({
    results: z.array(
      z.object({
        userId: z.number().int(),
        name: z.string(),
        ok: z.boolean(),
        status: registrationStatusSchema.nullable(),
        waitlistPosition: z.number().int().nullable(),
        message: z.string(),
        issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      }),
    ),
    succeeded: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'CompanySignupResult' });
export type CompanySignupResult = z.infer<typeof companySignupResultSchema>;

export const rosterEntrySchema = z
  .object({
    id: z.number().int(),
    userId: z.number().int(),
    name: z.string(),
    phone: z.string().nullable(),
    companyName: z.string().nullable(),
    status: registrationStatusSchema,
    waitlistPosition: z.number().int().nullable(),
    extra: z.record(z.string(), z.string()),
    registeredByName: z.string().nullable(),
    checkedInAt: z.string().nullable(),
    result: examResultSchema.nullable(),
    score: z.number().nullable(),
    certificateNo: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'RosterEntry' });
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterQuerySchema = z.object({
  status: registrationStatusSchema.optional(),
  q: searchTextSchema('搜索词', 30).optional(),
});

export const rosterSchema = z.object({ activity: activitySummarySchema, items: z.array(rosterEntrySchema) }).meta({ id: 'Roster' });
export type Roster = z.infer<typeof rosterSchema>;

export const companyCandidatesSchema = z
  .object({
    items: z.array(
      z.object({
        userId: z.number().int(),
        name: z.string(),
        registration: z
          .object({ id: z.number().int(), status: registrationStatusSchema, waitlistPosition: z.number().int().nullable() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'CompanyCandidates' });
export type CompanyCandidates = z.infer<typeof companyCandidatesSchema>;

export const checkInSchema = z
  .object({
    code: ticketCodeSchema,
    /** When given, a ticket for another activity is refused. */
    activityId: idSchema('活动').optional(),
  })
  .meta({ id: 'CheckInRequest' });
export type CheckInRequest = z.input<typeof checkInSchema>;

export const checkInResultSchema = z
  .object({
    alreadyCheckedIn: z.boolean(),
    message: z.string(),
    registrationId: z.number().int(),
    name: z.string(),
    companyName: z.string().nullable(),
    activityId: z.number().int(),
    activityTitle: z.string(),
    checkedInAt: z.string(),
  })
  .meta({ id: 'CheckInResult' });
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const examScoreSchema = z
  .number({ error: '分数应为数字' })
  .min(0, { message: '分数不能小于 0' })
  .max(100, { message: '分数不能大于 100' })
  .refine((n) => Number.isInteger(Math.round(n * 10)) && Math.abs(Math.round(n * 10) - n * 10) < 1e-9, {
    message: '分数最多保留 1 位小数',
  });

export const resultInputSchema = z
  .object({ result: examResultSchema, score: examScoreSchema.nullable().default(null) })
  .meta({ id: 'ResultInput' });
export type ResultInput = z.input<typeof resultInputSchema>;

export const resultImportSchema = z
  .object({
    updated: z.number().int(),
    certificatesIssued: z.number().int(),
    failed: z.number().int(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        registrationId: z.number().int().nullable(),
        name: z.string(),
        ok: z.boolean(),
        message: z.string(),
        certificateNo: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ResultImport' });
export type ResultImport = z.infer<typeof resultImportSchema>;

export const certificateVerificationSchema = z
  .object({
    certificateNo: z.string(),
    holderName: z.string().describe('姓名，中间部分已隐去'),
    activityTitle: z.string(),
    activityType: activityTypeSchema,
    examDate: z.string(),
    issuedAt: z.string(),
  })
  .meta({ id: 'CertificateVerification' });
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

export const activityFiguresQuerySchema = z
  .object({ from: dateOnlySchema('起始日期'), to: dateOnlySchema('截止日期') })
  .refine((q) => q.from <= q.to, { message: '起始日期不能晚于截止日期', path: ['to'] });

export const activityFiguresSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    activitiesHeld: z.number().int(),
    byType: z.array(z.object({ type: activityTypeSchema, label: z.string(), count: z.number().int() })),
    participants: z.number().int().describe('参加过活动（已签到）的不同人数'),
    companies: z.number().int().describe('参加过活动的不同单位数'),
    confirmed: z.number().int(),
    checkedIn: z.number().int(),
    noShowRate: z.number().nullable().describe('报名成功未签到 / 报名成功'),
    sat: z.number().int(),
    passed: z.number().int(),
    passRate: z.number().nullable().describe('合格 / 参考'),
  })
  .meta({ id: 'ActivityFigures' });
export type ActivityFigures = z.infer<typeof activityFiguresSchema>;

export const companyRegistrationsQuerySchema = z.object({
  activityId: idTextSchema('活动').optional(),
});

export const companyRegistrationListSchema = z
  .object({ items: z.array(z.object({ activity: activitySummarySchema, entry: rosterEntrySchema })) })
  .meta({ id: 'CompanyRegistrationList' });
export type CompanyRegistrationList = z.infer<typeof companyRegistrationListSchema>;

export const recordedResultSchema = z
  .object({
    registrationId: z.number().int(),
    result: examResultSchema,
    score: z.number().nullable(),
    certificateNo: z.string().nullable(),
    issued: z.boolean().describe('这次登记是否新发了证书编号'),
  })
  .meta({ id: 'RecordedResult' });
export type RecordedResult = z.infer<typeof recordedResultSchema>;
