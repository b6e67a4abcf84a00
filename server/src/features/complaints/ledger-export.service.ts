import type { PrismaClient } from '@wuxie/prisma';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  OVERDUE_LABELS,
  SATISFACTION_LABELS,
  maskPhone,
  overdueKind,
  type LedgerFilter,
} from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors';
import { ledgerWhere } from './complaints.rules';

/** More than this and the export is refused with a message to narrow the filters. */
export const MAX_EXPORT_ROWS = 50_000;

const beijing = (at: Date | null) => (at ? new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

/** The filtered ledger as an Excel workbook (phones masked: exports travel further than screens). */
export async function exportLedger(db: PrismaClient, filter: LedgerFilter, now = new Date()): Promise<Buffer> {
  const where = ledgerWhere(filter, now);
  const total = await db.complaint.count({ where });
  if (total > MAX_EXPORT_ROWS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `符合条件的投诉有 ${total} 件，超过单次导出上限 ${MAX_EXPORT_ROWS} 件，请缩小日期范围或增加筛选条件`,
    );
  }
  const rows = await db.complaint.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      number: true,
      createdAt: true,
      category: true,
      title: true,
      status: true,
      anonymous: true,
      contactPhone: true,
      reopenCount: true,
      satisfaction: true,
      acceptDueAt: true,
      replyDueAt: true,
      acceptedAt: true,
      repliedAt: true,
      closedAt: true,
      community: { select: { name: true } },
      company: { select: { name: true } },
      resident: { select: { name: true } },
    },
  });
  const book = new ExcelJS.Workbook();
  book.creator = '物协通';
  const sheet = book.addWorksheet('投诉台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '投诉编号', key: 'number', width: 18 },
    { header: '提交时间', key: 'createdAt', width: 17 },
    { header: '类别', key: 'category', width: 16 },
    { header: '小区', key: 'community', width: 22 },
    { header: '物业企业', key: 'company', width: 30 },
    { header: '标题', key: 'title', width: 30 },
    { header: '状态', key: 'status', width: 11 },
    { header: '超时', key: 'overdue', width: 9 },
    { header: '受理时间', key: 'acceptedAt', width: 17 },
    { header: '首次回复', key: 'repliedAt', width: 17 },
    { header: '办结时间', key: 'closedAt', width: 17 },
    { header: '重办次数', key: 'reopenCount', width: 9 },
    { header: '回访评价', key: 'satisfaction', width: 10 },
    { header: '投诉人', key: 'resident', width: 10 },
    { header: '联系电话', key: 'phone', width: 14 },
    { header: '匿名', key: 'anonymous', width: 6 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const late = overdueKind(r, now);
    sheet.addRow({
      number: r.number,
      createdAt: beijing(r.createdAt),
      category: COMPLAINT_CATEGORY_LABELS[r.category],
      community: r.community.name,
      company: r.company?.name ?? '',
      title: r.title,
      status: COMPLAINT_STATUS_LABELS[r.status],
      overdue: late ? OVERDUE_LABELS[late] : '',
      acceptedAt: beijing(r.acceptedAt),
      repliedAt: beijing(r.repliedAt),
      closedAt: beijing(r.closedAt),
      reopenCount: r.reopenCount,
      satisfaction: r.satisfaction ? SATISFACTION_LABELS[r.satisfaction] : '',
      resident: r.resident.name,
      phone: r.contactPhone ? maskPhone(r.contactPhone) : '',
      anonymous: r.anonymous ? '是' : '',
    });
  }
  sheet.autoFilter = { from: 'A1', to: 'P1' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
