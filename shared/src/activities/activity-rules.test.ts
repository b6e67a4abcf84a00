import { describe, expect, it } from 'vitest';
import { activityPhase, cancelRefusal, checkInRefusal, resultRefusal, signupRefusal, wasHeld, type ActivityFacts } from './activity-rules';
import { formatCertificateNo, maskPersonName } from './certificate';
import { checkExtraValues, extraFieldsSchema, extraValueTypingProblem, ID_NUMBER_FIELD } from './extra-fields';
import { formatTicketCode, parseTicketCode } from './ticket-code';

const now = new Date('2025-03-01T02:00:00Z'); // 10:00 in Beijing
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

function activity(over: Partial<ActivityFacts> = {}): ActivityFacts {
  return {
    type: 'training',
    status: 'published',
    startAt: hours(48),
    endAt: hours(51),
    signupStartAt: hours(-24),
    signupEndAt: hours(24),
    capacity: 10,
    confirmedCount: 3,
    waitlistEnabled: true,
    audience: 'everyone',
    cancelRule: 'until_deadline',
    ...over,
  };
}
const resident = { roles: ['resident'] as const, companyId: null };
const worker = { roles: ['worker'] as const, companyId: 7 };

describe('sign-up rules', () => {
  it('lets anyone sign up for an open activity for everyone', () => {
    expect(signupRefusal(activity(), resident, now)).toBeNull();
    expect(activityPhase(activity(), now)).toBe('open');
  });

  it('refuses outside the window with the time in Beijing', () => {
    expect(signupRefusal(activity({ signupStartAt: hours(2) }), worker, now)?.message).toBe('报名将于 3月1日 12:00 开始，请届时再来');
    expect(signupRefusal(activity({ signupEndAt: hours(-1) }), worker, now)?.reason).toBe('closed');
  });

  it('refuses cancelled, draft, started and ended activities', () => {
    expect(signupRefusal(activity({ status: 'cancelled' }), worker, now)?.message).toBe('活动已取消，不能报名');
    expect(signupRefusal(activity({ status: 'draft' }), worker, now)?.reason).toBe('not_published');
    expect(signupRefusal(activity({ startAt: hours(-1), signupEndAt: hours(-2) }), worker, now)?.message).toBe('活动已开始，不能报名');
    expect(signupRefusal(activity({ status: 'finished' }), worker, now)?.reason).toBe('ended');
  });

  it('keeps member-only activities to workers bound to a company', () => {
    const members = activity({ audience: 'member_workers' });
    expect(signupRefusal(members, worker, now)).toBeNull();
    expect(signupRefusal(members, resident, now)?.reason).toBe('audience');
    expect(signupRefusal(members, { roles: ['worker'], companyId: null }, now)?.reason).toBe('audience');
    expect(signupRefusal(members, { roles: ['staff'], companyId: 7 }, now)?.reason).toBe('audience');
  });

  it('says full only when there is no waitlist', () => {
    expect(activityPhase(activity({ confirmedCount: 10 }), now)).toBe('waitlist');
    expect(signupRefusal(activity({ confirmedCount: 10 }), worker, now)).toBeNull();
    expect(signupRefusal(activity({ confirmedCount: 10, waitlistEnabled: false }), worker, now)?.message).toBe('名额已满，本活动不设候补');
  });
});

describe('cancel and check-in rules', () => {
  const confirmed = { status: 'confirmed' as const, checkedInAt: null };
  it('follows the cancel rule for seats and always frees a waitlist place before the start', () => {
    expect(cancelRefusal(activity(), confirmed, now)).toBeNull();
    expect(cancelRefusal(activity({ cancelRule: 'not_allowed' }), confirmed, now)).toContain('不可取消');
    expect(cancelRefusal(activity({ signupEndAt: hours(-1) }), confirmed, now)).toContain('截止');
    expect(cancelRefusal(activity({ cancelRule: 'not_allowed' }), { status: 'waitlisted', checkedInAt: null }, now)).toBeNull();
    expect(cancelRefusal(activity({ startAt: hours(-1), signupEndAt: hours(-2) }), confirmed, now)).toContain('已开始');
  });

  it('opens check-in two hours before the start and closes it at the end', () => {
    expect(checkInRefusal(activity({ startAt: hours(3) }), confirmed, now)).toBe('签到将于 3月1日 11:00 开始（活动开始前 2 小时）');
    expect(checkInRefusal(activity({ startAt: hours(2) }), confirmed, now)).toBeNull();
    expect(checkInRefusal(activity({ startAt: hours(-3), endAt: hours(-0.01) }), confirmed, now)).toBe('活动已结束，不能再签到');
    expect(checkInRefusal(activity({ startAt: hours(1) }), { status: 'confirmed', checkedInAt: hours(-0.5) }, now)).toBe('已于 09:30 签到');
    expect(checkInRefusal(activity({ startAt: hours(1) }), { status: 'waitlisted', checkedInAt: null }, now)).toContain('候补');
    expect(checkInRefusal(activity({ startAt: hours(-1), status: 'finished' }), confirmed, now)).toBe('活动已结束，不能再签到');
  });
});

describe('an activity was held', () => {
  it('once it started, published or finished; never a draft or a cancelled one', () => {
    expect(wasHeld(activity({ startAt: hours(-1) }), now)).toBe(true);
    expect(wasHeld(activity({ startAt: now }), now)).toBe(true);
    expect(wasHeld(activity({ status: 'finished', startAt: hours(-30) }), now)).toBe(true);
    expect(wasHeld(activity({ startAt: hours(1) }), now)).toBe(false);
    expect(wasHeld(activity({ status: 'cancelled', startAt: hours(-1) }), now)).toBe(false);
    expect(wasHeld(activity({ status: 'draft', startAt: hours(-1) }), now)).toBe(false);
  });

  it('is what an exam result needs, with the reason when it was not', () => {
    const confirmed = { status: 'confirmed' as const };
    expect(resultRefusal(activity({ type: 'exam', startAt: hours(-1) }), confirmed, now)).toBeNull();
    expect(resultRefusal(activity({ type: 'exam', startAt: hours(1) }), confirmed, now)).toBe('考试尚未开始，不能登记结果');
    expect(resultRefusal(activity({ type: 'exam', status: 'cancelled', startAt: hours(-1) }), confirmed, now)).toBe(
      '活动未举行，不能登记考试结果',
    );
  });
});

describe('extra fields', () => {
  const choice = { key: 'shirt', label: '服装尺码', kind: 'choice' as const, required: false, options: ['M', 'L'] };

  it('validates each value and names the field', () => {
    const check = checkExtraValues([ID_NUMBER_FIELD, choice], { idNumber: '110105194912310021', shirt: 'XL' });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues).toEqual([
        { path: 'extra.idNumber', message: '身份证号校验位（最后一位）不正确，请核对是否有输错的数字' },
        { path: 'extra.shirt', message: '服装尺码请从给出的选项中选择' },
      ]);
    }
  });

  it('normalizes values, drops unknown keys and allows optional fields to be empty', () => {
    const check = checkExtraValues([ID_NUMBER_FIELD, choice], { idNumber: '11010519491231002x', hack: 'x' });
    expect(check).toEqual({ ok: true, values: { idNumber: '11010519491231002X' } });
    expect(checkExtraValues([ID_NUMBER_FIELD], {})).toMatchObject({ ok: false, issues: [{ message: '请填写身份证号' }] });
    expect(checkExtraValues([ID_NUMBER_FIELD], { idNumber: 42 })).toMatchObject({ ok: false, issues: [{ message: '身份证号应为文字' }] });
  });

  it('gives typing feedback only for mistakes that stay mistakes', () => {
    expect(extraValueTypingProblem(ID_NUMBER_FIELD, '1101')).toBeNull();
    expect(extraValueTypingProblem(ID_NUMBER_FIELD, '11a')).toContain('第 3 位');
    expect(extraValueTypingProblem(ID_NUMBER_FIELD, '110105194912310021')).toContain('校验位');
  });

  it('refuses duplicate keys and choices without options', () => {
    expect(extraFieldsSchema.safeParse([ID_NUMBER_FIELD, ID_NUMBER_FIELD]).error?.issues[0]?.message).toBe(
      '附加信息字段名“idNumber”重复了',
    );
    expect(extraFieldsSchema.safeParse([{ ...choice, options: ['M'] }]).error?.issues[0]?.message).toBe(
      '单选项“服装尺码”至少需要 2 个选项',
    );
  });
});

describe('ticket codes and certificates', () => {
  it('reads a ticket code however it was typed', () => {
    const code = formatTicketCode(1024, '7KQ2MX9PDA');
    expect(code).toBe('1024-7KQ2M-X9PDA');
    expect(parseTicketCode(code)).toEqual({ registrationId: 1024, signature: '7KQ2MX9PDA' });
    expect(parseTicketCode(' 1024 7kq2m x9pda ')).toEqual({ registrationId: 1024, signature: '7KQ2MX9PDA' });
    expect(parseTicketCode('1024-7KQ2M-X9PDO')).toEqual({ registrationId: 1024, signature: '7KQ2MX9PD0' });
    expect(parseTicketCode('7KQ2M-X9PDA')).toBeNull();
    expect(parseTicketCode('abc-7KQ2M-X9PDA')).toBeNull();
  });

  it('formats certificate numbers like the seed and masks names', () => {
    expect(formatCertificateNo(2024, 12, 7)).toBe('ZS202400120007');
    expect(maskPersonName('王秀兰')).toBe('王*兰');
    expect(maskPersonName('李明')).toBe('李*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧**娜');
  });
});
