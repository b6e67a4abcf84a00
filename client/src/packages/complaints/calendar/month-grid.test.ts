import { describe, expect, it } from 'vitest';
import { monthGrid, stepMonth } from './month-grid';

describe('monthGrid', () => {
  it('starts weeks on Monday, with blanks before the 1st and after the last day', () => {
    // October 2026 starts on a Thursday and has 31 days.
    const weeks = monthGrid(2026, 10);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.slice(0, 4)).toEqual([null, null, null, { date: '2026-10-01', day: 1 }]);
    expect(weeks[4]?.map((c) => c?.day ?? null)).toEqual([26, 27, 28, 29, 30, 31, null]);
  });

  it('knows leap Februaries and a month that starts on Monday', () => {
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2025, 2).flat().filter(Boolean)).toHaveLength(28);
    expect(monthGrid(2026, 6)[0]?.[0]).toEqual({ date: '2026-06-01', day: 1 });
  });
});

describe('stepMonth', () => {
  it('crosses year ends both ways', () => {
    expect(stepMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(stepMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(stepMonth(2026, 5, 1)).toEqual({ year: 2026, month: 6 });
  });
});
