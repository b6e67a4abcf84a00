import { z } from 'zod';

// GB 11643-1999 公民身份号码: 6-digit address code, 8-digit birth date, 3-digit sequence, and a
// check character computed over the first 17 digits (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes (the first two digits of the address code). */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Length of a resident identity card number (居民身份证号码). */
export const ID_NUMBER_LENGTH = 18;

/** The check character (第 18 位) for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Trims, drops inner spaces and upper-cases a trailing x, the way people type it. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

function birthDateProblem(ymd: string, today: Date): string | null {
  const year = Number(ymd.slice(0, 4));
  const month = Number(ymd.slice(4, 6));
  const day = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900) return `身份证号第 7–14 位的出生日期“${ymd}”不是有效日期`;
  if (date.getTime() > today.getTime()) return `身份证号第 7–14 位的出生日期“${ymd}”晚于今天`;
  return null;
}

/**
 * What is wrong with a (normalized) ID number, or null when it is valid. Checks, in the order a
 * person would fix them: length, characters, province, birth date, check character.
 */
export function idNumberProblem(id: string, today: Date = new Date()): string | null {
  if (id.length === 0) return '请填写身份证号';
  if (id.length !== ID_NUMBER_LENGTH) return `身份证号应为 18 位，当前为 ${id.length} 位`;
  const typing = idNumberTypingProblem(id);
  if (typing) return typing;
  const province = id.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return `身份证号前两位“${province}”不是有效的省级行政区代码`;
  const birth = birthDateProblem(id.slice(6, 14), today);
  if (birth) return birth;
  if (idNumberCheckChar(id.slice(0, 17)) !== id.charAt(17)) return '身份证号校验位（最后一位）不正确，请核对是否有输错的数字';
  return null;
}

/**
 * Problems already certain while the number is still being typed (a letter in the middle, too
 * many characters); null while what is there could still become a valid number.
 */
export function idNumberTypingProblem(partial: string): string | null {
  if (partial.length > ID_NUMBER_LENGTH) return `身份证号应为 18 位，当前已输入 ${partial.length} 位`;
  for (let i = 0; i < partial.length; i += 1) {
    const ch = partial.charAt(i);
    const last = i === ID_NUMBER_LENGTH - 1;
    if (!/\d/.test(ch) && !(last && ch === 'X')) {
      return last ? `身份证号最后一位只能是数字或 X，不能是“${ch}”` : `身份证号第 ${i + 1} 位只能是数字，不能是“${ch}”`;
    }
  }
  return null;
}

/** True when `id` (normalized) is a valid 18-digit resident ID number with a correct check character. */
export function isValidIdNumber(id: string, today?: Date): boolean {
  return idNumberProblem(id, today) === null;
}

/** 340402********123X: what anyone but staff sees of an ID number. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** An ID number from a form: normalized, then checked against GB 11643. */
export const idNumberSchema = z
  .string({ error: '请填写身份证号' })
  .transform(normalizeIdNumber)
  .superRefine((id, ctx) => {
    const problem = idNumberProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
