import type { PrismaClient } from '@wuxie/prisma';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  ARTICLE_CATEGORIES,
  ARTICLE_CATEGORY_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  correspondentReasons,
  rankCompanyCandidates,
  type CompanyScorecard,
  type CorrespondentCandidate,
  type DeskDashboard,
  type DeskPeriod,
} from '@wuxie/shared';
import { activityFigures } from '../activities/figures.service';
import { complaintFigures } from '../complaints/figures.service';
import { listCommendations } from '../members/commendations.service';
import { companyParticipation } from '../members/participation.service';
import { loadNewsStats } from '../news/news-stats.service';
import { SingleFlight } from '../../lib/single-flight';
import { buildFigures } from './figures.mappers';
import { countCorrespondents } from './records.queries';
import { articlesLink, activitiesLink, ledgerLink, participationLink } from './links.mappers';
import { advisoryWork, firstAttemptPasses, heldActivities, publishedByAuthorCategory } from './figures.queries';

const CORRESPONDENTS_SHOWN = 20;

const deskLoads = new SingleFlight<DeskData>();

/**
 * Everything the desk and the report say about a period. Staff who open the desk for the same
 * period while it is being computed share that one computation (a year at full scale takes
 * ~0.7 s to read, and ten at once took 9 s each).
 */
export function loadDeskData(db: PrismaClient, period: DeskPeriod, now: Date): Promise<DeskData> {
  return deskLoads.run(db, JSON.stringify(period), () => computeDeskData(db, period, now));
}

/** Everything the desk and the report say about a period, from each feature's own figures. */
async function computeDeskData(db: PrismaClient, period: DeskPeriod, now: Date) {
  const [activities, complaints, news, participation, named, firstPassed, commendations, advisory, correspondents] = await Promise.all([
    activityFigures(db, period.from, period.to, now),
    complaintFigures(db, period.from, period.to, now),
    loadNewsStats(db, { from: period.from, to: period.to }),
    companyParticipation(db, period, now),
    heldActivities(db, period, now, ['online_training', 'exam', 'party_day']),
    firstAttemptPasses(db, period, now),
    Promise.all(period.years.map((year) => listCommendations(db, { year }))).then((lists) => lists.flatMap((l) => l.items)),
    advisoryWork(db, period),
    countCorrespondents(db, period),
  ]);
  const topCorrespondents = news.correspondents.slice(0, CORRESPONDENTS_SHOWN);
  const byAuthorCategory = await publishedByAuthorCategory(
    db,
    period,
    topCorrespondents.map((c) => c.userId),
  );
  return {
    period,
    now,
    activities,
    complaints,
    news,
    participation,
    named,
    firstPassed,
    commendations,
    advisory,
    correspondents,
    topCorrespondents,
    byAuthorCategory,
  };
}
export type DeskData = Awaited<ReturnType<typeof computeDeskData>>;

/** Published articles per category, every category listed. */
export function articlesByCategory(data: DeskData) {
  const counts = new Map<string, number>();
  for (const row of data.news.byCategoryMonth) counts.set(row.category, (counts.get(row.category) ?? 0) + row.count);
  return ARTICLE_CATEGORIES.map((category) => ({
    category,
    label: ARTICLE_CATEGORY_LABELS[category],
    count: counts.get(category) ?? 0,
    link: articlesLink(data.period, { category }),
  }));
}

/** Participation and complaint scorecard per company: every company that took part or had complaints. */
export function companyScorecards(data: DeskData): CompanyScorecard[] {
  const byId = new Map<number, CompanyScorecard>();
  const empty = (companyId: number, companyName: string): CompanyScorecard => ({
    companyId,
    companyName,
    registrations: 0,
    attendances: 0,
    people: 0,
    activities: 0,
    complaints: { received: 0, closed: 0, overdue: 0, satisfaction: { numerator: 0, denominator: 0, rate: null } },
    participationLink: participationLink(data.period, companyId, companyName),
    complaintsLink: ledgerLink(data.period, { companyId }, `${companyName}的投诉`),
  });
  for (const p of data.participation) {
    const { companyId, companyName, registrations, attendances, people, activities } = p;
    byId.set(companyId, { ...empty(companyId, companyName), registrations, attendances, people, activities });
  }
  for (const c of data.complaints.byCompany) {
    const card = byId.get(c.companyId) ?? empty(c.companyId, c.companyName);
    card.complaints = { received: c.received, closed: c.closed, overdue: c.overdue, satisfaction: c.satisfaction };
    byId.set(c.companyId, card);
  }
  return [...byId.values()].sort(
    (a, b) => b.attendances - a.attendances || b.complaints.received - a.complaints.received || a.companyId - b.companyId,
  );
}

/** Correspondents ranked by published articles, with their reasons (the 优秀通讯员 candidates). */
export function correspondentCandidates(data: DeskData): CorrespondentCandidate[] {
  const commended = new Set(data.commendations.flatMap((c) => (c.kind === 'excellent_correspondent' && c.user ? [c.user.id] : [])));
  return data.topCorrespondents.map((c) => {
    const mine = data.byAuthorCategory.filter((r) => r.authorId === c.userId);
    const byCategory = ARTICLE_CATEGORIES.map((category) => ({
      label: ARTICLE_CATEGORY_LABELS[category],
      count: mine.find((r) => r.category === category)?.count ?? 0,
    }));
    return {
      rank: c.rank,
      userId: c.userId,
      name: c.name,
      companyName: c.companyName,
      published: c.published,
      reasons: correspondentReasons(c.published, c.rank, byCategory),
      commended: commended.has(c.userId),
      link: articlesLink(data.period, { authorId: c.userId, author: c.name }),
    };
  });
}

/** The dashboard for a period. */
export async function deskDashboard(db: PrismaClient, period: DeskPeriod, now: Date): Promise<DeskDashboard> {
  const data = await loadDeskData(db, period, now);
  const scorecards = companyScorecards(data);
  const commendedCompanies = new Set(
    data.commendations.flatMap((c) => (c.kind === 'excellent_company' && c.company ? [c.company.id] : [])),
  );
  const months = new Map<string, number>();
  for (const row of data.news.byCategoryMonth) months.set(row.month, (months.get(row.month) ?? 0) + row.count);
  return {
    period,
    generatedAt: now.toISOString(),
    figures: Object.values(buildFigures(data)),
    activitiesByType: ACTIVITY_TYPES.map((type) => ({
      type,
      label: ACTIVITY_TYPE_LABELS[type],
      count: data.activities.byType.find((t) => t.type === type)?.count ?? 0,
      link: activitiesLink(period, type),
    })),
    articlesByCategory: articlesByCategory(data),
    articlesByMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    complaintsByCategory: data.complaints.byCategory.map((c) => ({
      category: c.category,
      label: COMPLAINT_CATEGORY_LABELS[c.category],
      received: c.received,
      closed: c.closed,
      link: ledgerLink(period, { category: c.category }),
    })),
    companies: scorecards,
    candidates: { companies: rankCompanyCandidates(scorecards, commendedCompanies), correspondents: correspondentCandidates(data) },
  };
}
