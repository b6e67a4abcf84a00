import { describe, expect, it } from 'vitest';
import { commendationSubject, parseCompanyType, parseMembershipLevel } from './member-enums';
import { INVITATION_CODE_ALPHABET, invitationCodeSchema, invitationState } from './invitation-code';
import { companyInputSchema, contactPhoneSchema } from './company.schemas';

describe('member labels', () => {
  it('reads company types and levels from their Chinese labels, short forms and codes', () => {
    expect(['国有', '民营', '本地', '外地进驻', 'private', ' 民营企业 '].map(parseCompanyType)).toEqual([
      'state_owned',
      'private',
      'local',
      'outside',
      'private',
      'private',
    ]);
    expect(['会长单位', '副会长', '理事单位', '会员', 'member'].map(parseMembershipLevel)).toEqual([
      'president',
      'vice_president',
      'director',
      'member',
      'member',
    ]);
    expect(parseCompanyType('集体')).toBeNull();
    expect(parseMembershipLevel('常务理事')).toBeNull();
  });

  it('spells the commendation subject from the id', () => {
    expect(commendationSubject({ companyId: 7 })).toBe('company:7');
    expect(commendationSubject({ userId: 9 })).toBe('user:9');
  });
});

describe('invitation codes', () => {
  it('leaves out characters that look alike', () => {
    for (const ch of ['0', 'O', '1', 'I', 'L']) expect(INVITATION_CODE_ALPHABET).not.toContain(ch);
  });

  it('accepts what people type: lowercase, spaces and dashes', () => {
    expect(invitationCodeSchema.parse(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(invitationCodeSchema.safeParse('ABCD0FGH').error?.issues[0]?.message).toContain('没有 0、O、1、I、L');
    expect(invitationCodeSchema.safeParse('').error?.issues[0]?.message).toBe('请填写邀请码');
  });

  it('says a code is revoked before used up before expired', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    const base = { expiresAt: new Date('2024-06-02T00:00:00Z'), revokedAt: null, usedCount: 0, maxUses: 2 };
    expect(invitationState(base, now)).toBe('active');
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe('expired');
    expect(invitationState({ ...base, usedCount: 2, expiresAt: now }, now)).toBe('used_up');
    expect(invitationState({ ...base, usedCount: 2, revokedAt: now }, now)).toBe('revoked');
  });
});

describe('company form', () => {
  it('takes a mobile or a landline with area code as contact phone', () => {
    for (const ok of ['', '13800138000', '0554-6661234', '05546661234', '0554-6661234-801'])
      expect(contactPhoneSchema.safeParse(ok).success).toBe(true);
    expect(contactPhoneSchema.safeParse('12345').error?.issues[0]?.message).toContain('联系电话应为');
  });

  it('names the field in every message', () => {
    const result = companyInputSchema.safeParse({ name: '某', creditCode: '', type: 'x' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      '单位名称至少 4 个字',
      '请填写统一社会信用代码',
      '单位类型应为国有、民营、本地或外地进驻',
    ]);
  });
});
