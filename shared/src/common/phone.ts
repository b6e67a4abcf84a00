import { z } from 'zod';

/** Mainland mobile number: 11 digits starting with 1[3-9]. */
export const mobilePhoneSchema = z
  .string({ error: '请填写手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位数字，以 13–19 开头' });

/** 138****1234 — what a company sees when the resident did not allow contact. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
