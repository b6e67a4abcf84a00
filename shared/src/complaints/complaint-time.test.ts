import { describe, expect, it } from 'vitest';
import { addWorkingDays, canUrge, chinaDate, formatComplaintNumber, isWorkday, overdueKind } from './complaint-time';

const bj = (iso: string) => new Date(`${iso}+08:00`);
const none = new Map<string, boolean>();

describe('working days', () => {
  it('skips the weekend: Friday 10:00 plus one working day is Monday 10:00', () => {
    expect(addWorkingDays(bj('2024-06-07T10:00:00'), 1, none)).toEqual(bj('2024-06-10T10:00:00'));
  });

  it('skips holidays and counts weekend days worked in exchange (调休)', () => {
    // 2024 Dragon Boat Festival: Monday 10 June off.
    const calendar = new Map([['2024-06-10', false]]);
    expect(addWorkingDays(bj('2024-06-07T10:00:00'), 1, calendar)).toEqual(bj('2024-06-11T10:00:00'));
    const swapped = new Map([['2024-06-08', true]]);
    expect(addWorkingDays(bj('2024-06-07T10:00:00'), 1, swapped)).toEqual(bj('2024-06-08T10:00:00'));
    expect(isWorkday('2024-06-08', swapped)).toBe(true);
  });

  it('takes three working days for a reply across a weekend', () => {
    expect(addWorkingDays(bj('2024-06-06T16:30:00'), 3, none)).toEqual(bj('2024-06-11T16:30:00'));
  });

  it('numbers complaints by the Beijing day, also just after midnight UTC+8', () => {
    expect(formatComplaintNumber(bj('2024-06-12T00:10:00'), 17)).toBe('TS2024061200017');
    expect(chinaDate(new Date('2024-06-11T16:10:00Z'))).toBe('2024-06-12');
  });
});

describe('overdue and urging', () => {
  const submitted = { status: 'submitted' as const, acceptDueAt: bj('2024-06-10T10:00:00'), replyDueAt: null, lastUrgedAt: null };

  it('flags a late acceptance and a late reply, and nothing after the reply', () => {
    expect(overdueKind(submitted, bj('2024-06-10T09:59:00'))).toBeNull();
    expect(overdueKind(submitted, bj('2024-06-10T10:01:00'))).toBe('accept');
    const assigned = { ...submitted, status: 'assigned' as const, replyDueAt: bj('2024-06-12T10:00:00') };
    expect(overdueKind(assigned, bj('2024-06-13T00:00:00'))).toBe('reply');
    expect(overdueKind({ ...assigned, status: 'replied' }, bj('2024-06-13T00:00:00'))).toBeNull();
  });

  it('allows one urge per Beijing day, only when overdue', () => {
    expect(canUrge(submitted, bj('2024-06-10T09:00:00')).ok).toBe(false);
    expect(canUrge(submitted, bj('2024-06-10T11:00:00')).ok).toBe(true);
    const urged = { ...submitted, lastUrgedAt: bj('2024-06-10T11:00:00') };
    expect(canUrge(urged, bj('2024-06-10T23:59:00'))).toEqual({ ok: false, message: '今天已经催办过了，每天只能催办一次，请明天再试' });
    expect(canUrge(urged, bj('2024-06-11T00:01:00')).ok).toBe(true);
  });
});
