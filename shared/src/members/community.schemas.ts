import { z } from 'zod';
import { idSchema, idTextSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}最多 ${max} 个字` });

/** What staff fill in for a residential estate (小区); also one row of the Excel import. */
export const communityInputSchema = z
  .object({
    name: z
      .string({ error: '请填写小区名称' })
      .trim()
      .min(2, { message: '小区名称至少 2 个字' })
      .max(40, { message: '小区名称最多 40 个字' }),
    district: text('所在区县', 20).default(''),
    address: text('地址', 120).default(''),
    companyId: idSchema('管理单位').nullable().default(null).describe('managing company; null when no member company manages it'),
  })
  .meta({ id: 'CommunityInput' });
export type CommunityInput = z.input<typeof communityInputSchema>;
export type CommunityData = z.output<typeof communityInputSchema>;

export const communityListQuerySchema = z.object({
  q: searchTextSchema('小区关键字', 30).optional(),
  companyId: idTextSchema('管理单位').optional(),
  cursor: idTextSchema('翻页游标').optional().describe('id of the last community served'),
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1, { message: '每页至少 1 条' })
    .max(100, { message: '每页最多 100 条' })
    .default(30),
});

export const communityRowSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    district: z.string(),
    address: z.string(),
    company: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  })
  .meta({ id: 'CommunityRow' });
export type CommunityRow = z.infer<typeof communityRowSchema>;

export const communityListSchema = z
  .object({ items: z.array(communityRowSchema), nextCursor: z.number().int().nullable() })
  .meta({ id: 'CommunityList' });
export type CommunityList = z.infer<typeof communityListSchema>;
