import type { CompanyCandidate, CompanyScorecard } from './desk.schemas';
import { formatPercent } from './desk-period';

/** How many of each commendation the association awards a year (PRODUCT.md: 10 + 10). */
export const CANDIDATES_SHOWN = 10;
/** Below this follow-up satisfaction a candidate company carries a caution. */
export const SATISFACTION_CAUTION_BELOW = 0.8;

/**
 * 优秀会员单位 candidates: companies whose people took part, most check-ins first; among equals,
 * fewer overdue complaints, then higher follow-up satisfaction. Each carries the reasons in words
 * and what speaks against it, so staff decide with the figures in front of them.
 */
export function rankCompanyCandidates(
  cards: readonly CompanyScorecard[],
  commendedIds: ReadonlySet<number>,
  limit = CANDIDATES_SHOWN,
): CompanyCandidate[] {
  const satisfaction = (c: CompanyScorecard) => c.complaints.satisfaction.rate ?? 1;
  return cards
    .filter((c) => c.attendances > 0)
    .slice()
    .sort(
      (a, b) =>
        b.attendances - a.attendances ||
        a.complaints.overdue - b.complaints.overdue ||
        satisfaction(b) - satisfaction(a) ||
        a.companyId - b.companyId,
    )
    .slice(0, limit)
    .map((c, i) => ({
      rank: i + 1,
      companyId: c.companyId,
      companyName: c.companyName,
      reasons: companyReasons(c),
      cautions: companyCautions(c),
      commended: commendedIds.has(c.companyId),
    }));
}

function companyReasons(c: CompanyScorecard): string[] {
  const reasons = [`参加活动 ${c.attendances} 人次（${c.people} 人，${c.activities} 场）`];
  const k = c.complaints;
  if (k.received === 0) reasons.push('期间无投诉');
  else reasons.push(`投诉 ${k.received} 件，办结 ${k.closed} 件，${k.overdue === 0 ? '无超时' : `超时 ${k.overdue} 件`}`);
  if (k.satisfaction.denominator > 0)
    reasons.push(
      `回访满意度 ${formatPercent(k.satisfaction.numerator, k.satisfaction.denominator)}（${k.satisfaction.numerator}/${k.satisfaction.denominator}）`,
    );
  return reasons;
}

function companyCautions(c: CompanyScorecard): string[] {
  const cautions: string[] = [];
  if (c.complaints.overdue > 0) cautions.push(`有 ${c.complaints.overdue} 件投诉超时`);
  const rate = c.complaints.satisfaction.rate;
  if (rate !== null && rate < SATISFACTION_CAUTION_BELOW) cautions.push(`回访满意度低于 ${formatPercent(SATISFACTION_CAUTION_BELOW, 1)}`);
  return cautions;
}

/** Why a correspondent is a 优秀通讯员 candidate, in words. */
export function correspondentReasons(
  published: number,
  rank: number,
  byCategory: ReadonlyArray<{ label: string; count: number }>,
): string[] {
  const reasons = [`期间发表稿件 ${published} 篇，排名第 ${rank}`];
  const parts = byCategory.filter((c) => c.count > 0).map((c) => `${c.label} ${c.count} 篇`);
  if (parts.length > 0) reasons.push(parts.join('、'));
  return reasons;
}
