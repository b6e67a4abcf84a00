import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberProblem, idNumberSchema, idNumberTypingProblem, isValidIdNumber, maskIdNumber } from './id-number';

// 11010519491231002X is the worked example of GB 11643-1999 Annex A.
const STANDARD_EXAMPLE = '11010519491231002X';
const today = new Date('2025-01-01T00:00:00Z');

function withCheck(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example with check character X', () => {
    expect(isValidIdNumber(STANDARD_EXAMPLE, today)).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('accepts numbers whose check character is a digit', () => {
    const id = withCheck('34040219800101123');
    expect(/\d$/.test(id) || id.endsWith('X')).toBe(true);
    expect(idNumberProblem(id, today)).toBeNull();
  });

  it('refuses a wrong check character and says which part is wrong', () => {
    const wrong = STANDARD_EXAMPLE.slice(0, 17) + '5';
    expect(idNumberProblem(wrong, today)).toContain('校验位');
  });

  it('refuses every single-digit typo of a valid number', () => {
    const id = withCheck('34040219800101123');
    for (let i = 0; i < 17; i += 1) {
      const digit = Number(id.charAt(i));
      const typo = id.slice(0, i) + String((digit + 1) % 10) + id.slice(i + 1);
      expect(isValidIdNumber(typo, today)).toBe(false);
    }
  });

  it('names the length, the bad character, the province and the birth date', () => {
    expect(idNumberProblem('3404021980', today)).toBe('身份证号应为 18 位，当前为 10 位');
    expect(idNumberProblem('34040219800A011234', today)).toContain('第 12 位只能是数字');
    expect(idNumberProblem(withCheck('99040219800101123'), today)).toContain('省级行政区代码');
    expect(idNumberProblem(withCheck('34040219800230123'), today)).toContain('出生日期“19800230”不是有效日期');
    expect(idNumberProblem(withCheck('34040220300101123'), today)).toContain('晚于今天');
  });

  it('normalizes a lower-case x and spaces before checking', () => {
    expect(idNumberSchema.parse(' 110105 19491231 002x ')).toBe(STANDARD_EXAMPLE);
    const failed = idNumberSchema.safeParse('110105194912310021');
    expect(failed.success).toBe(false);
  });

  it('while typing, complains only about what more typing cannot fix', () => {
    expect(idNumberTypingProblem('3404')).toBeNull();
    expect(idNumberTypingProblem('34040219800101123')).toBeNull();
    expect(idNumberTypingProblem('3404X')).toContain('第 5 位只能是数字');
    expect(idNumberTypingProblem('34040219800101123X1')).toContain('18 位');
  });

  it('masks all but the region and the last four', () => {
    expect(maskIdNumber(STANDARD_EXAMPLE)).toBe('110105********002X');
  });
});
