import type { PrismaClient } from '@wuxie/prisma';
import { formatChinaDate, type DeskPeriod, type DeskRecordKind, type DeskRecordList } from '@wuxie/shared';
import { notFound } from '../../lib/errors';
import {
  companiesList,
  correspondentsList,
  examAttemptsList,
  firstPassesList,
  followUpsList,
  overdueComplaintsList,
  participantsList,
  type Page,
  type RecordPage,
} from './records.queries';
import { periodBounds } from './figures.queries';

async function surveysList(db: PrismaClient, period: DeskPeriod, page: Page): Promise<RecordPage> {
  const { start, end } = periodBounds(period);
  const where = { commissionedAt: { gte: start, lt: end } };
  const [total, rows] = await Promise.all([
    db.survey.count({ where }),
    db.survey.findMany({
      where,
      select: { id: true, title: true, topic: true, commissionedAt: true, completedAt: true, _count: { select: { suggestions: true } } },
      orderBy: [{ commissionedAt: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
  ]);
  const items = rows.map((s) => ({
    id: s.id,
    title: s.title,
    detail: `${s.topic ? `${s.topic}；` : ''}${s.completedAt ? `${formatChinaDate(s.completedAt)} 完成` : '进行中'}；意见建议 ${s._count.suggestions} 条`,
    date: formatChinaDate(s.commissionedAt),
    counted: null,
  }));
  return { total, numerator: null, items };
}

async function suggestionsList(db: PrismaClient, period: DeskPeriod, page: Page): Promise<RecordPage> {
  const { start, end } = periodBounds(period);
  const where = { sentAt: { gte: start, lt: end } };
  const [total, rows] = await Promise.all([
    db.suggestion.count({ where }),
    db.suggestion.findMany({
      where,
      select: { id: true, content: true, recipient: true, sentAt: true, survey: { select: { title: true } } },
      orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
  ]);
  const items = rows.map((s) => ({
    id: s.id,
    title: s.content,
    detail: `报送${s.recipient}${s.survey ? `（${s.survey.title}）` : ''}`,
    date: formatChinaDate(s.sentAt),
    counted: null,
  }));
  return { total, numerator: null, items };
}

/** One page of the rows behind a figure the desk counts itself (or that no feature lists row by row). */
export async function deskRecords(
  db: PrismaClient,
  period: DeskPeriod,
  query: { kind: DeskRecordKind; companyId?: number; offset: number; limit: number },
  now: Date,
): Promise<DeskRecordList> {
  const page = { offset: query.offset, limit: query.limit };
  const company =
    query.companyId === undefined
      ? null
      : await db.company.findUnique({ where: { id: query.companyId }, select: { id: true, name: true } });
  if (query.companyId !== undefined && !company) throw notFound('会员单位');
  const lists: Record<DeskRecordKind, () => Promise<RecordPage>> = {
    surveys: () => surveysList(db, period, page),
    suggestions: () => suggestionsList(db, period, page),
    participants: () => participantsList(db, period, now, page, company?.id),
    companies: () => companiesList(db, period, now, page),
    exam_sat: () => examAttemptsList(db, period, now, page),
    exam_first_passes: () => firstPassesList(db, period, now, page),
    correspondents: () => correspondentsList(db, period, page),
    follow_ups: () => followUpsList(db, period, page),
    overdue_complaints: () => overdueComplaintsList(db, period, now, page),
  };
  const { total, numerator, items } = await lists[query.kind]();
  const nextOffset = query.offset + items.length < total && items.length > 0 ? query.offset + items.length : null;
  return { kind: query.kind, period, company, total, numerator, items, nextOffset };
}
