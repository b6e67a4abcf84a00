import { ACTIVITY_TYPE_LABELS, ARTICLE_CATEGORY_LABELS, periodQueryString, type ActivityType, type ArticleCategory, type DeskPeriod, type DeskRecordKind, type FigureLink } from '@wuxie/shared';

// Where each figure can be checked: the client page with its filter, the list in words, and the
// API request behind it. Route names are client/src/routes.ts keys; a page that does not read a
// filter yet still opens on the right list.

const span = (p: DeskPeriod) => `${p.from} 至 ${p.to}`;
const range = (p: DeskPeriod) => `from=${p.from}&to=${p.to}`;

/** Activities held in the period, optionally of one type. */
export function activitiesLink(p: DeskPeriod, type?: ActivityType): FigureLink {
  const what = type ? `${ACTIVITY_TYPE_LABELS[type]}活动` : '活动';
  return {
    route: 'activityManage',
    params: { status: 'finished', from: p.from, to: p.to, ...(type ? { type } : {}) },
    list: `活动列表：${span(p)} 开始、已发布或已结束的${what}`,
    api: `GET /api/activity-figures?${range(p)}`,
  };
}

/** Check-ins at the period's activities (people, companies). */
export function checkInsLink(p: DeskPeriod, what: string): FigureLink {
  return {
    route: 'activityManage',
    params: { status: 'finished', from: p.from, to: p.to },
    list: `活动签到记录：${span(p)} 举办的活动中已签到的${what}`,
    api: `GET /api/activity-figures?${range(p)}`,
  };
}

/** An exam's roster (名单与成绩) when the period has one exam, the finished exams otherwise. */
export function examLink(p: DeskPeriod, examIds: readonly number[]): FigureLink {
  const [only] = examIds;
  const list = `职业技能等级认定花名册：${span(p)} 举办的认定考试，已签到或已登记成绩者为参考人员`;
  if (examIds.length === 1 && only !== undefined) return { route: 'activityRoster', params: { id: String(only) }, list, api: `GET /api/activities/${only}/roster` };
  return { route: 'activityManage', params: { status: 'finished', type: 'exam', from: p.from, to: p.to }, list, api: `GET /api/activity-figures?${range(p)}` };
}

/** Articles published in the period, optionally in one category. */
export function articlesLink(p: DeskPeriod, category?: ArticleCategory): FigureLink {
  return {
    route: 'newsDesk',
    params: { scope: 'all', status: 'published', from: p.from, to: p.to, ...(category ? { category } : {}) },
    list: `采编台稿件：${span(p)} 发布的${category ? `“${ARTICLE_CATEGORY_LABELS[category]}”栏目` : ''}稿件`,
    api: `GET /api/news/stats?${range(p)}`,
  };
}

/** One correspondent's published articles. */
export function correspondentLink(p: DeskPeriod, userId: number, name: string): FigureLink {
  return {
    route: 'newsDesk',
    params: { scope: 'all', status: 'published', authorId: String(userId), from: p.from, to: p.to },
    list: `采编台稿件：通讯员${name} ${span(p)} 发布的稿件`,
    api: `GET /api/news/stats?${range(p)}`,
  };
}

/** The complaint ledger filtered by filing date (and more). */
export function ledgerLink(p: DeskPeriod, filter: { status?: 'closed'; overdue?: true; companyId?: number } = {}, what = '投诉'): FigureLink {
  const params: Record<string, string> = { from: p.from, to: p.to };
  if (filter.status) params.status = filter.status;
  if (filter.overdue) params.overdue = 'true';
  if (filter.companyId !== undefined) params.companyId = String(filter.companyId);
  const query = Object.entries(params).map(([k, v]) => `${k}=${v}`).join('&');
  return { route: 'complaintLedger', params, list: `投诉受理台账：受理日期 ${span(p)} 的${what}`, api: `GET /api/complaints/ledger?${query}` };
}

/** Follow-up visits recorded in the period. */
export function followUpsLink(p: DeskPeriod): FigureLink {
  return {
    route: 'complaintFigures',
    params: { from: p.from, to: p.to },
    list: `投诉回访记录：${span(p)} 登记的回访（满意 + 基本满意）/ 回访总数`,
    api: `GET /api/complaints/figures?${range(p)}`,
  };
}

/** A company's participation: its people's check-ins at the period's activities. */
export function participationLink(p: DeskPeriod, companyId: number, companyName: string): FigureLink {
  return {
    route: 'memberCompany',
    params: { id: String(companyId), from: p.from, to: p.to },
    list: `会员单位参与情况：${companyName}人员 ${span(p)} 在已举办活动中的报名与签到`,
    api: `GET /api/members/participation?${range(p)}`,
  };
}

/** Commendations of the period's years (members' list). */
export function commendationsLink(p: DeskPeriod, kind: 'excellent_company' | 'excellent_correspondent'): FigureLink {
  const label = kind === 'excellent_company' ? '优秀会员单位' : '优秀通讯员';
  return {
    route: 'memberCommendations',
    params: { year: String(p.years[0] ?? ''), kind },
    list: `表彰记录：${p.years.join('、')} 年度${label}`,
    api: p.years.map((year) => `GET /api/commendations?year=${year}&kind=${kind}`).join('；'),
  };
}

/** The desk's own lists (surveys, suggestions). */
export function recordsLink(p: DeskPeriod, kind: DeskRecordKind, what: string): FigureLink {
  return {
    route: 'deskRecords',
    params: { kind, ...Object.fromEntries(new URLSearchParams(periodQueryString(p))) },
    list: what,
    api: `GET /api/desk/records?kind=${kind}&${periodQueryString(p)}`,
  };
}
