import { z } from 'zod';
import { keysetCursorSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';
import { creditCodeSchema } from './credit-code';
import { commendationKindSchema, companyTypeSchema, membershipLevelSchema, MEMBERSHIP_LEVELS } from './member-enums';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}最多 ${max} 个字` });

/** A landline (0554-1234567) or a mobile number; empty when not known. */
export const contactPhoneSchema = text('联系电话', 20).refine((s) => s === '' || /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/.test(s), {
  message: '联系电话应为 11 位手机号或带区号的固定电话（如 0554-1234567）',
});

/** What staff fill in for a member company (also one row of the Excel import). */
export const companyInputSchema = z
  .object({
    name: z
      .string({ error: '请填写单位名称' })
      .trim()
      .min(4, { message: '单位名称至少 4 个字' })
      .max(60, { message: '单位名称最多 60 个字' }),
    creditCode: creditCodeSchema,
    type: companyTypeSchema,
    level: membershipLevelSchema.default('member'),
    contactName: text('联系人', 20).default(''),
    contactPhone: contactPhoneSchema.default(''),
    address: text('地址', 120).default(''),
    intro: text('单位简介', 1000).default(''),
  })
  .meta({ id: 'CompanyInput' });
export type CompanyInput = z.input<typeof companyInputSchema>;
export type CompanyData = z.output<typeof companyInputSchema>;

export const companyListQuerySchema = z.object({
  q: searchTextSchema('搜索词').optional(),
  type: companyTypeSchema.optional(),
  level: membershipLevelSchema.optional(),
  /** The directory's keyset: the last card's level (its index in MEMBERSHIP_LEVELS) and id. */
  cursor: keysetCursorSchema('翻页游标不正确，请刷新后重试', { maxKey: MEMBERSHIP_LEVELS.length - 1 }).optional(),
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1, { message: '每页至少 1 条' })
    .max(50, { message: '每页最多 50 条' })
    .default(20),
});
export type CompanyListQuery = z.input<typeof companyListQuerySchema>;

/** What anyone may see of a member company. */
export const companyCardSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: companyTypeSchema,
    level: membershipLevelSchema,
    address: z.string(),
    communityCount: z.number().int().describe('它管理的小区数'),
  })
  .meta({ id: 'CompanyCard' });
export type CompanyCard = z.infer<typeof companyCardSchema>;

export const companyListSchema = z
  .object({ items: z.array(companyCardSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CompanyList' });
export type CompanyList = z.infer<typeof companyListSchema>;

export const managedCommunitySchema = z.object({ id: z.number().int(), name: z.string(), district: z.string(), address: z.string() });

export const companyCommendationSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  kind: commendationKindSchema,
  note: z.string(),
});

/** What logged-in users see besides the card. */
export const companyDetailsSchema = z.object({
  creditCode: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  intro: z.string(),
  joinedAt: z.string().describe('ISO 8601'),
  communities: z.array(managedCommunitySchema),
  commendations: z.array(companyCommendationSchema).describe('newest year first'),
  workerCount: z.number().int().nullable().describe('bound workers; only for staff and the company’s own admin'),
});

export const companyDetailSchema = companyCardSchema
  .extend({ details: companyDetailsSchema.nullable().describe('null for visitors who are not logged in') })
  .meta({ id: 'CompanyDetail' });
export type CompanyDetail = z.infer<typeof companyDetailSchema>;

export const companySavedSchema = z.object({ id: z.number().int() }).meta({ id: 'CompanySaved' });
