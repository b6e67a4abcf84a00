import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeSchema, isValidCreditCode } from './credit-code';

// Published codes of well-known companies (national enterprise credit information system).
const REAL_CODES = {
  中国石油天然气股份有限公司: '91110000802100433B',
  华为技术有限公司: '914403001922038216',
  '阿里巴巴（中国）有限公司': '91330100799655058B',
  小米科技有限责任公司: '91110108551385082Q',
  '腾讯科技（深圳）有限公司': '91440300708461136T',
};

function messageOf(input: unknown): string | undefined {
  const result = creditCodeSchema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('isValidCreditCode', () => {
  it.each(Object.entries(REAL_CODES))('accepts the published code of %s', (_name, code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts a code whose check character is computed for a Huainan prefix', () => {
    const first17 = '91340400MA2N0ABC1';
    expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(true);
  });

  it('rejects a code with one character changed', () => {
    expect(isValidCreditCode('91110000802100434B')).toBe(false);
    expect(isValidCreditCode('91110000802100433C')).toBe(false);
  });

  it('rejects codes of the wrong length', () => {
    expect(isValidCreditCode('')).toBe(false);
    expect(isValidCreditCode('91110000802100433')).toBe(false);
    expect(isValidCreditCode('91110000802100433BB')).toBe(false);
  });

  it('rejects letters outside the GB 32100 alphabet and lower case', () => {
    expect(isValidCreditCode('9111000080210043IB')).toBe(false);
    expect(isValidCreditCode('91110000802100433b')).toBe(false);
  });
});

describe('creditCodeCheckChar', () => {
  it('yields 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('throws on input that is not 17 legal characters', () => {
    expect(() => creditCodeCheckChar('123')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9111000080210043O')).toThrow(RangeError);
  });
});

describe('creditCodeSchema', () => {
  it('trims and uppercases before checking', () => {
    expect(creditCodeSchema.parse('  91330100799655058b ')).toBe('91330100799655058B');
  });

  it('asks for the code when it is empty', () => {
    expect(messageOf('   ')).toBe('请填写统一社会信用代码');
    expect(messageOf(undefined)).toBe('请填写统一社会信用代码');
  });

  it('names the length when it is not 18 characters', () => {
    expect(messageOf('9111000080210043')).toBe('统一社会信用代码应为 18 位，当前为 16 位');
  });

  it('names the position of an illegal character', () => {
    expect(messageOf('91110000802100O33B')).toContain('第 15 位“O”不是合法字符');
  });

  it('says the check digit is wrong when the last character does not match', () => {
    expect(messageOf('91110000802100433C')).toBe('统一社会信用代码校验位不正确，请核对是否有输错的字符');
  });
});
