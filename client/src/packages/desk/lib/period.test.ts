import { describe, expect, it } from 'vitest';
import { PERIOD_PARAMS, beijingToday, choiceFromParams, choiceQuery, defaultChoice, linkRoute, yearOptions } from './period';

describe('the desk period picker', () => {
  it('starts on this year (Beijing time) and asks the API for it', () => {
    const today = beijingToday(new Date('2025-12-31T17:00:00Z'));
    expect(today).toBe('2026-01-01');
    expect(choiceQuery(defaultChoice(today))).toEqual({ period: 'year', year: 2026 });
  });

  it('reads a half-year or a custom range back from page params, the rest from the default', () => {
    const read = (params: Record<string, string>) => choiceFromParams(PERIOD_PARAMS.parse(params), '2026-03-01');
    expect(choiceQuery(read({ period: 'h1', year: '2024' }))).toEqual({ period: 'h1', year: 2024 });
    expect(choiceQuery(read({ period: 'custom', from: '2024-03-01', to: '2024-03-31' }))).toEqual({
      period: 'custom',
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(read({})).toEqual(defaultChoice('2026-03-01'));
    expect(choiceQuery(read({ period: 'custom', from: '2026-02-01' }))).toEqual({ period: 'custom', from: '2026-02-01', to: '2026-03-01' });
  });

  it('names what is wrong with a period link instead of showing another period', () => {
    const problem = (params: Record<string, string>) => PERIOD_PARAMS.safeParse(params).error?.issues[0]?.message;
    expect(problem({ period: 'week' })).toMatch(/^统计期间应为/);
    expect(problem({ year: 'abc' })).toBe('年份应为数字');
    expect(problem({ period: 'custom', from: '2024-02-30' })).toMatch(/^开始日期不是有效的日期/);
  });

  it('offers this year and the five before', () => {
    expect(yearOptions('2026-05-01')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('opens a figure’s list only when the app has that page', () => {
    expect(linkRoute({ route: 'complaintLedger', params: {}, list: '', api: '' })).toBe('complaintLedger');
    expect(linkRoute({ route: 'noSuchPage', params: {}, list: '', api: '' })).toBeNull();
  });
});
