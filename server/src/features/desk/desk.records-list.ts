import type { PrismaClient } from '@wuxie/prisma';
import { formatChinaDate, type DeskPeriod, type DeskRecordKind, type DeskRecordList } from '@wuxie/shared';
import { advisoryWork, suggestionsOf } from './desk.records';

const SUGGESTIONS_LISTED = 500;

/** The rows behind the figures the desk counts itself. */
export async function deskRecords(db: PrismaClient, period: DeskPeriod, kind: DeskRecordKind): Promise<DeskRecordList> {
  if (kind === 'surveys') {
    const { surveys } = await advisoryWork(db, period);
    const items = surveys.map((s) => ({
      id: s.id,
      title: s.title,
      detail: `${s.topic ? `${s.topic}；` : ''}${s.completedAt ? `${formatChinaDate(s.completedAt)} 完成` : '进行中'}；意见建议 ${s._count.suggestions} 条`,
      date: formatChinaDate(s.commissionedAt),
    }));
    return { kind, period, total: items.length, items };
  }
  const [{ suggestions: total }, rows] = await Promise.all([advisoryWork(db, period), suggestionsOf(db, period, SUGGESTIONS_LISTED)]);
  const items = rows.map((s) => ({ id: s.id, title: s.content, detail: `报送${s.recipient}${s.survey ? `（${s.survey.title}）` : ''}`, date: formatChinaDate(s.sentAt) }));
  return { kind, period, total, items };
}
