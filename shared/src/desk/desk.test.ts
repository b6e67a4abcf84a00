import { describe, expect, it } from 'vitest';
import { rankCompanyCandidates } from './candidates';
import { deskPeriodQuerySchema, formatPercent, periodQueryString, resolvePeriod } from './desk-period';
import type { CompanyScorecard } from './desk.schemas';

const link = { route: 'x', params: {}, list: '', api: '' };
function card(companyId: number, attendances: number, complaints: Partial<CompanyScorecard['complaints']> = {}): CompanyScorecard {
  return {
    companyId,
    companyName: `单位${companyId}`,
    registrations: attendances,
    attendances,
    people: attendances,
    activities: 1,
    complaints: { received: 0, closed: 0, overdue: 0, satisfaction: { numerator: 0, denominator: 0, rate: null }, ...complaints },
    participationLink: link,
    complaintsLink: link,
  };
}

describe('desk periods', () => {
  it('resolves this year, each half and a custom range to Beijing days', () => {
    const parse = (q: Record<string, string>) => resolvePeriod(deskPeriodQuerySchema.parse(q), '2025-08-15');
    expect(parse({})).toMatchObject({ kind: 'year', from: '2025-01-01', to: '2025-12-31', label: '2025年', years: [2025] });
    expect(parse({ period: 'h1', year: '2024' })).toMatchObject({ from: '2024-01-01', to: '2024-06-30', label: '2024年上半年' });
    expect(parse({ period: 'h2' })).toMatchObject({ from: '2025-07-01', to: '2025-12-31', label: '2025年下半年' });
    expect(parse({ period: 'custom', from: '2023-11-01', to: '2024-02-29' })).toMatchObject({
      label: '2023-11-01 至 2024-02-29',
      years: [2023, 2024],
    });
  });

  it('asks for the same period again in a query string', () => {
    expect(periodQueryString({ kind: 'h1', from: '2024-01-01', to: '2024-06-30' })).toBe('period=h1&year=2024');
    expect(periodQueryString({ kind: 'custom', from: '2024-03-01', to: '2024-03-31' })).toBe('period=custom&from=2024-03-01&to=2024-03-31');
  });

  it('writes rates as whole percents and says so when nothing was counted', () => {
    expect([formatPercent(43, 51), formatPercent(49, 50), formatPercent(2, 3), formatPercent(0, 0)]).toEqual(['84%', '98%', '67%', '—']);
  });
});

describe('优秀会员单位 candidates', () => {
  it('ranks by check-ins, then fewer overdue complaints, then satisfaction, with reasons and cautions', () => {
    const ranked = rankCompanyCandidates(
      [
        card(1, 5, { received: 2, closed: 1, overdue: 1, satisfaction: { numerator: 1, denominator: 2, rate: 0.5 } }),
        card(2, 5),
        card(3, 9, { received: 1, closed: 1, satisfaction: { numerator: 1, denominator: 1, rate: 1 } }),
        card(4, 0),
      ],
      new Set([3]),
    );
    expect(ranked.map((c) => c.companyId)).toEqual([3, 2, 1]);
    expect(ranked[0]).toMatchObject({
      rank: 1,
      commended: true,
      reasons: ['参加活动 9 人次（9 人，1 场）', '投诉 1 件，办结 1 件，无超时', '回访满意度 100%（1/1）'],
      cautions: [],
    });
    expect(ranked[1]?.reasons).toContain('期间无投诉');
    expect(ranked[2]?.cautions).toEqual(['有 1 件投诉超时', '回访满意度低于 80%']);
  });

  it('shows at most ten', () => {
    expect(
      rankCompanyCandidates(
        Array.from({ length: 15 }, (_, i) => card(i + 1, i + 1)),
        new Set(),
      ),
    ).toHaveLength(10);
  });
});
