import { z } from 'zod';

/** The workbook staff fill in: one sheet of companies, one of communities, read by header text. */
export const MEMBER_IMPORT_SHEETS = {
  companies: {
    name: '会员单位',
    headers: {
      name: '单位名称',
      creditCode: '统一社会信用代码',
      type: '单位类型',
      level: '会员等级',
      contactName: '联系人',
      contactPhone: '联系电话',
      address: '地址',
    },
  },
  communities: {
    name: '小区',
    headers: { name: '小区名称', district: '所在区县', address: '地址', company: '管理单位（信用代码或全称）' },
  },
} as const;
export type MemberImportSheet = keyof typeof MEMBER_IMPORT_SHEETS;

/** Rows read per import; larger sheets are refused before anything is saved. */
export const MEMBER_IMPORT_MAX_ROWS = 3000;

export const memberImportRowSchema = z.object({
  sheet: z.enum(['companies', 'communities']),
  row: z.number().int().describe('row number in the sheet (1 is the header)'),
  name: z.string(),
  ok: z.boolean(),
  action: z.enum(['created', 'updated', 'unchanged']).nullable(),
  message: z.string(),
});
export type MemberImportRow = z.infer<typeof memberImportRowSchema>;

const tally = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), failed: z.number().int() });

export const memberImportResultSchema = z
  .object({
    companies: tally,
    communities: tally,
    rows: z.array(memberImportRowSchema).describe('one entry per non-empty row, in sheet order'),
  })
  .meta({ id: 'MemberImportResult' });
export type MemberImportResult = z.infer<typeof memberImportResultSchema>;
