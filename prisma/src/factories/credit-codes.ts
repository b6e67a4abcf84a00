import { creditCodeCheckChar } from '@wuxie/shared';
import type { Random } from './random';

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an 8-character organisation code body (组织机构代码). */
function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = body.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * A valid unified social credit code for a company (registered by market regulation, 9 + 1)
 * in the given 6-digit region. Half look like pre-2015 organisation codes, half like the
 * MA-prefixed codes issued since.
 */
export function generateCreditCode(random: Random, region = '340400'): string {
  let body: string;
  if (random.chance(0.5)) {
    body = String(random.int(10_000_000, 79_999_999));
  } else {
    body = 'MA2';
    for (let i = 0; i < 5; i += 1) body += CODE_ALPHABET.charAt(random.int(0, CODE_ALPHABET.length - 1));
  }
  const first17 = `91${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
