import { creditCodeSchema, type CompanyDetail, type CompanyInput, type CompanyType, type MembershipLevel } from '@wuxie/shared/members';

/** What the company form holds while someone types. */
export interface CompanyDraft {
  name: string;
  creditCode: string;
  type: CompanyType | null;
  level: MembershipLevel;
  contactName: string;
  contactPhone: string;
  address: string;
  intro: string;
}

export const emptyCompanyDraft = (): CompanyDraft => ({
  name: '',
  creditCode: '',
  type: null,
  level: 'member',
  contactName: '',
  contactPhone: '',
  address: '',
  intro: '',
});

export function draftOfCompany(c: CompanyDetail): CompanyDraft {
  return {
    name: c.name,
    creditCode: c.details?.creditCode ?? '',
    type: c.type,
    level: c.level,
    contactName: c.details?.contactName ?? '',
    contactPhone: c.details?.contactPhone ?? '',
    address: c.address,
    intro: c.details?.intro ?? '',
  };
}

/** The request body; a missing type is left out so the shared schema names it. */
export function inputOfCompany(d: CompanyDraft): CompanyInput {
  return { ...d, type: d.type ?? (undefined as unknown as CompanyType) };
}

/**
 * The credit code as it is being typed, checked with the shared GB 32100 rule: nothing while it
 * is empty, the length while it is short, the precise problem once it is 18 characters.
 */
export function creditCodeFeedback(value: string): { error?: string; ok?: string } {
  const code = value.trim();
  if (code === '') return {};
  if (code.length < 18) {
    // Padded to full length, so a wrong character shows at once; the check character waits for 18.
    const padded = creditCodeSchema.safeParse(code.padEnd(18, '0'));
    const message = padded.success ? '' : (padded.error.issues[0]?.message ?? '');
    return message.includes('不是合法字符') ? { error: message } : { ok: `已输入 ${code.length}/18 位` };
  }
  const parsed = creditCodeSchema.safeParse(code);
  if (parsed.success) return { ok: '统一社会信用代码校验通过' };
  return { error: parsed.error.issues[0]?.message ?? '统一社会信用代码不正确' };
}
