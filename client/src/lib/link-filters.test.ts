import { describe, expect, it } from 'vitest';
import { daysLabel, linkDay, linkDays, linkId, linkOneOf } from './link-filters';

describe('reading a desk link’s filters from a page URL', () => {
  it('keeps well-formed days, ids and enum values and drops the rest', () => {
    expect(linkDay('2024-06-30')).toBe('2024-06-30');
    expect(linkDay('2024-6-30')).toBeUndefined();
    expect(linkId('12')).toBe(12);
    expect(linkId('0')).toBeUndefined();
    expect(linkId('99999999999')).toBeUndefined();
    expect(linkId('1e3')).toBeUndefined();
    expect(linkOneOf('exam', ['exam', 'training'] as const)).toBe('exam');
    expect(linkOneOf('quiz', ['exam', 'training'] as const)).toBeUndefined();
    expect(linkDays({ from: '2024-01-01', to: 'soon' })).toEqual({ from: '2024-01-01' });
  });

  it('says the days in words', () => {
    expect(daysLabel('2024-01-01', '2024-06-30')).toBe('2024-01-01 至 2024-06-30');
    expect(daysLabel('2024-01-01', undefined)).toBe('2024-01-01 起');
    expect(daysLabel(undefined, undefined)).toBe('');
  });
});
