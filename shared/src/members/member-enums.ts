import { z } from 'zod';

/** Kinds of member company (单位类型), in the order forms list them. */
export const COMPANY_TYPES = ['state_owned', 'private', 'local', 'outside'] as const;
export type CompanyType = (typeof COMPANY_TYPES)[number];
export const COMPANY_TYPE_LABELS: Record<CompanyType, string> = {
  state_owned: '国有',
  private: '民营',
  local: '本地',
  outside: '外地进驻',
};
export const companyTypeSchema = z.enum(COMPANY_TYPES, { error: '单位类型应为国有、民营、本地或外地进驻' });

/** Membership levels (会员等级), highest first; the directory lists companies in this order. */
export const MEMBERSHIP_LEVELS = ['president', 'vice_president', 'director', 'member'] as const;
export type MembershipLevel = (typeof MEMBERSHIP_LEVELS)[number];
export const MEMBERSHIP_LEVEL_LABELS: Record<MembershipLevel, string> = {
  president: '会长单位',
  vice_president: '副会长单位',
  director: '理事单位',
  member: '会员单位',
};
export const membershipLevelSchema = z.enum(MEMBERSHIP_LEVELS, { error: '会员等级应为会长单位、副会长单位、理事单位或会员单位' });

export const COMMENDATION_KINDS = ['excellent_company', 'excellent_correspondent'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];
export const COMMENDATION_KIND_LABELS: Record<CommendationKind, string> = {
  excellent_company: '优秀会员单位',
  excellent_correspondent: '优秀通讯员',
};
export const commendationKindSchema = z.enum(COMMENDATION_KINDS, { error: '表彰类别应为优秀会员单位或优秀通讯员' });

/** Who a commendation is for, by kind: a company for 优秀会员单位, a person for 优秀通讯员. */
export const COMMENDATION_SUBJECT_OF: Record<CommendationKind, 'company' | 'user'> = {
  excellent_company: 'company',
  excellent_correspondent: 'user',
};

/** The Commendation.subject key: 'company:<id>' or 'user:<id>' (the unique key is year + kind + subject). */
export function commendationSubject(target: { companyId: number } | { userId: number }): string {
  return 'companyId' in target ? `company:${target.companyId}` : `user:${target.userId}`;
}

function byLabel<K extends string>(labels: Record<K, string>, extra: Record<string, K> = {}) {
  const lookup = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    lookup.set(label, key);
    lookup.set(key, key);
  }
  for (const [text, key] of Object.entries(extra)) lookup.set(text, key);
  return (text: string): K | null => lookup.get(text.trim()) ?? null;
}

/** '民营' (or 'private') → 'private'; null when the text names no type. Used by the Excel import. */
export const parseCompanyType = byLabel(COMPANY_TYPE_LABELS, { 国有企业: 'state_owned', 民营企业: 'private', 外地: 'outside' });

/** '理事单位' / '理事' (or 'director') → 'director'; null when the text names no level. */
export const parseMembershipLevel = byLabel(MEMBERSHIP_LEVEL_LABELS, {
  会长: 'president',
  副会长: 'vice_president',
  理事: 'director',
  会员: 'member',
});
