import { z } from 'zod';

// GB 32100-2015 法人和其他组织统一社会信用代码编码规则. The letters I, O, S, V, Z are left out so
// they cannot be mistaken for digits.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Length of a unified social credit code (统一社会信用代码). */
export const CREDIT_CODE_LENGTH = 18;

function charValue(ch: string): number {
  return ALPHABET.indexOf(ch);
}

/** The check character (第 18 位) for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = charValue(first17.charAt(i));
    if (value < 0) throw new RangeError(`illegal character "${first17.charAt(i)}" at position ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

type CreditCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; char: string }
  | { kind: 'check'; expected: string; actual: string };

/** What is wrong with an (already trimmed, uppercased) code, or null when it is valid. */
function findProblem(code: string): CreditCodeProblem | null {
  const chars = Array.from(code);
  if (chars.length !== CREDIT_CODE_LENGTH) return { kind: 'length', length: chars.length };
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (charValue(ch) < 0) return { kind: 'character', position: i + 1, char: ch };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  const actual = code.charAt(17);
  return expected === actual ? null : { kind: 'check', expected, actual };
}

/** True when `code` is 18 characters of the GB 32100 alphabet with a correct check character. */
export function isValidCreditCode(code: string): boolean {
  return findProblem(code) === null;
}

function problemMessage(problem: CreditCodeProblem): string {
  switch (problem.kind) {
    case 'length':
      return `统一社会信用代码应为 18 位，当前为 ${problem.length} 位`;
    case 'character':
      return `统一社会信用代码第 ${problem.position} 位“${problem.char}”不是合法字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）`;
    case 'check':
      return '统一社会信用代码校验位不正确，请核对是否有输错的字符';
  }
}

/** A unified social credit code from a form: trimmed, uppercased, checked against GB 32100-2015. */
export const creditCodeSchema = z
  .string({ error: '请填写统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    if (code.length === 0) {
      ctx.addIssue({ code: 'custom', message: '请填写统一社会信用代码' });
      return;
    }
    const problem = findProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problemMessage(problem) });
  });
