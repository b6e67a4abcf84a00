import { z } from 'zod';
import { idSchema, idTextSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';
import { COMMENDATION_KIND_LABELS, COMMENDATION_SUBJECT_OF, commendationKindSchema } from './member-enums';

const yearSchema = z
  .number({ error: '请填写年度' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度不能早于 2000 年' })
  .max(2100, { message: '年度不能晚于 2100 年' });

/** Staff record a commendation: a company for 优秀会员单位, a person for 优秀通讯员. */
export const commendationInputSchema = z
  .object({
    year: yearSchema,
    kind: commendationKindSchema,
    companyId: idSchema('受表彰单位').optional(),
    userId: idSchema('受表彰人').optional(),
    note: z.string({ error: '备注应为文字' }).trim().max(100, { message: '备注最多 100 个字' }).default(''),
  })
  .superRefine((v, ctx) => {
    const label = COMMENDATION_KIND_LABELS[v.kind];
    if (COMMENDATION_SUBJECT_OF[v.kind] === 'company') {
      if (v.companyId === undefined) ctx.addIssue({ code: 'custom', path: ['companyId'], message: `${label}请选择受表彰的单位` });
      if (v.userId !== undefined) ctx.addIssue({ code: 'custom', path: ['userId'], message: `${label}表彰的是单位，不要填写个人` });
    } else {
      if (v.userId === undefined) ctx.addIssue({ code: 'custom', path: ['userId'], message: `${label}请选择受表彰的人` });
      if (v.companyId !== undefined) ctx.addIssue({ code: 'custom', path: ['companyId'], message: `${label}表彰的是个人，不要填写单位` });
    }
  })
  .meta({ id: 'CommendationInput' });
export type CommendationInput = z.input<typeof commendationInputSchema>;

const yearQuery = (label: string) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(2000, { message: `${label}不能早于 2000 年` })
    .max(2100, { message: `${label}不能晚于 2100 年` });

export const commendationListQuerySchema = z
  .object({
    year: yearQuery('年度').optional(),
    /** With `year`: the years year..yearTo (a desk period that spans years). */
    yearTo: yearQuery('截止年度').optional(),
    kind: commendationKindSchema.optional(),
    companyId: idTextSchema('单位').optional(),
    userId: idTextSchema('人员').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.yearTo === undefined) return;
    if (q.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: '填写截止年度时请同时填写起始年度 year' });
    else if (q.yearTo < q.year) ctx.addIssue({ code: 'custom', path: ['yearTo'], message: '截止年度不能早于起始年度' });
  });

export const commendationSchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    kind: commendationKindSchema,
    note: z.string(),
    company: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    user: z.object({ id: z.number().int(), name: z.string(), companyName: z.string().nullable() }).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Commendation' });
export type Commendation = z.infer<typeof commendationSchema>;

export const commendationListSchema = z.object({ items: z.array(commendationSchema) }).meta({ id: 'CommendationList' });
export type CommendationList = z.infer<typeof commendationListSchema>;

/** A person picked for 优秀通讯员 (staff search people by name or phone). */
export const personSearchQuerySchema = z.object({
  q: searchTextSchema('姓名或手机号', 20).min(1, { message: '请输入姓名或手机号' }),
});
export const personOptionSchema = z
  .object({ id: z.number().int(), name: z.string(), phone: z.string().nullable(), companyName: z.string().nullable() })
  .meta({ id: 'PersonOption' });
export const personOptionListSchema = z.object({ items: z.array(personOptionSchema) }).meta({ id: 'PersonOptionList' });
