import {
  ACTIVITY_TYPE_LABELS,
  ARTICLE_CATEGORY_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  periodQueryString,
  type ActivityType,
  type ArticleCategory,
  type ComplaintCategory,
  type DeskPeriod,
  type DeskRecordKind,
  type FigureLink,
} from '@wuxie/shared';

// Where each figure can be checked: the client page with its filter (route names are keys of
// client/src/routes.ts; the page reads the same names from its URL), the list in words, and the
// API request that lists exactly the records counted — its `total` (or, for a rate, `total` and
// `numerator`) is the figure. figures.test.ts calls every `api` and compares.

const span = (p: DeskPeriod) => `${p.from} 至 ${p.to}`;
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** Activities held in the period (published or finished, started by now), optionally of one type. */
export function activitiesLink(p: DeskPeriod, type?: ActivityType): FigureLink {
  const params: Record<string, string> = { held: 'true', from: p.from, to: p.to, ...(type ? { type } : {}) };
  return {
    route: 'activityManage',
    params,
    list: `活动管理：${span(p)} 开始、已发布或已结束的${type ? ACTIVITY_TYPE_LABELS[type] : ''}活动`,
    api: `GET /api/activities?${query(params)}`,
  };
}

/** Articles published in the period, optionally in one category or by one author. */
export function articlesLink(p: DeskPeriod, filter: { category?: ArticleCategory; authorId?: number; author?: string } = {}): FigureLink {
  const params: Record<string, string> = { scope: 'all', status: 'published', from: p.from, to: p.to };
  if (filter.category) params.category = filter.category;
  if (filter.authorId !== undefined) params.authorId = String(filter.authorId);
  const what = filter.category ? `“${ARTICLE_CATEGORY_LABELS[filter.category]}”栏目` : filter.author ? `通讯员${filter.author}` : '';
  return {
    route: 'newsDesk',
    params,
    list: `采编台稿件：${span(p)} 发布的${what}稿件`,
    api: `GET /api/news/desk/articles?${query(params)}`,
  };
}

/** The complaint ledger: complaints filed in the period, optionally closed, of one company or category. */
export function ledgerLink(
  p: DeskPeriod,
  filter: { status?: 'closed'; companyId?: number; category?: ComplaintCategory } = {},
  what = '投诉',
): FigureLink {
  const params: Record<string, string> = { from: p.from, to: p.to };
  if (filter.status) params.status = filter.status;
  if (filter.companyId !== undefined) params.companyId = String(filter.companyId);
  if (filter.category) params.category = filter.category;
  const label = filter.category ? `${COMPLAINT_CATEGORY_LABELS[filter.category]}类${what}` : what;
  return {
    route: 'complaintLedger',
    params,
    list: `投诉受理台账：受理日期 ${span(p)} 的${label}`,
    api: `GET /api/complaints/ledger?${query(params)}`,
  };
}

/** Commendations of the period's years. */
export function commendationsLink(p: DeskPeriod, kind: 'excellent_company' | 'excellent_correspondent'): FigureLink {
  const label = kind === 'excellent_company' ? '优秀会员单位' : '优秀通讯员';
  const first = p.years[0] ?? Number(p.from.slice(0, 4));
  const last = p.years[p.years.length - 1] ?? first;
  const params: Record<string, string> = { year: String(first), ...(last !== first ? { yearTo: String(last) } : {}), kind };
  return {
    route: 'memberCommendations',
    params,
    list: `表彰记录：${p.years.join('、')} 年度${label}`,
    api: `GET /api/commendations?${query(params)}`,
  };
}

const RECORD_LISTS: Record<DeskRecordKind, (p: DeskPeriod) => string> = {
  surveys: (p) => `专题调研：${span(p)} 受托开展的调研`,
  suggestions: (p) => `意见建议：${span(p)} 报送的意见建议`,
  participants: (p) => `参加活动人员：${span(p)} 举办的活动中已签到的人员（按人去重）`,
  companies: (p) => `参加活动单位：${span(p)} 举办的活动中已签到人员的所在单位（按单位去重）`,
  exam_sat: (p) => `认定考试参考人员：${span(p)} 举办的认定考试中已签到或已登记成绩者，其中合格者计入合格率分子`,
  exam_first_passes: (p) => `一次性通过认定：${span(p)} 合格、且此前没有认定考试成绩的人员`,
  correspondents: (p) => `供稿通讯员：${span(p)} 有稿件发布的通讯员`,
  follow_ups: (p) => `投诉回访记录：${span(p)} 登记的回访（满意 + 基本满意）/ 回访总数`,
  overdue_complaints: (p) => `超时投诉：受理日期 ${span(p)}，受理或回复超过时限、或目前已超时的投诉`,
};

/** The desk's own lists (records.queries.ts, records.service.ts). */
export function recordsLink(p: DeskPeriod, kind: DeskRecordKind, filter: { companyId?: number; what?: string } = {}): FigureLink {
  const params: Record<string, string> = { kind, ...Object.fromEntries(new URLSearchParams(periodQueryString(p))) };
  if (filter.companyId !== undefined) params.companyId = String(filter.companyId);
  return { route: 'deskRecords', params, list: filter.what ?? RECORD_LISTS[kind](p), api: `GET /api/desk/records?${query(params)}` };
}

/** A company's participation: its people who checked in at the period's activities. */
export function participationLink(p: DeskPeriod, companyId: number, companyName: string): FigureLink {
  return recordsLink(p, 'participants', { companyId, what: `参加活动人员：${companyName} ${span(p)} 在已举办活动中签到的人员` });
}
