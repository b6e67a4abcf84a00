import { describe, expect, it } from 'vitest';
import { beijingToday, choiceFromParams, choiceQuery, defaultChoice, linkRoute, yearOptions } from './period';

describe('the desk period picker', () => {
  it('starts on this year (Beijing time) and asks the API for it', () => {
    const today = beijingToday(new Date('2025-12-31T17:00:00Z'));
    expect(today).toBe('2026-01-01');
    expect(choiceQuery(defaultChoice(today))).toEqual({ period: 'year', year: 2026 });
  });

  it('reads a half-year or a custom range back from page params and ignores junk', () => {
    expect(choiceQuery(choiceFromParams({ period: 'h1', year: '2024' }, '2026-03-01'))).toEqual({ period: 'h1', year: 2024 });
    expect(choiceQuery(choiceFromParams({ period: 'custom', from: '2024-03-01', to: '2024-03-31' }, '2026-03-01'))).toEqual({
      period: 'custom',
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(choiceFromParams({ period: 'week', year: 'abc' }, '2026-03-01')).toEqual(defaultChoice('2026-03-01'));
  });

  it('offers this year and the five before', () => {
    expect(yearOptions('2026-05-01')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('opens a figure’s list only when the app has that page', () => {
    expect(linkRoute({ route: 'complaintLedger', params: {}, list: '', api: '' })).toBe('complaintLedger');
    expect(linkRoute({ route: 'noSuchPage', params: {}, list: '', api: '' })).toBeNull();
  });
});
