import { z } from 'zod';

/**
 * Certificate number for a passed exam: ZS + exam year + activity id (at least 4 digits) + the
 * certificate's sequence within that exam (at least 4 digits), e.g. ZS202400120007.
 */
export function formatCertificateNo(year: number, activityId: number, seq: number): string {
  return `ZS${year}${String(activityId).padStart(4, '0')}${String(seq).padStart(4, '0')}`;
}

export const CERTIFICATE_NO_PATTERN = /^ZS\d{12,20}$/;

export const certificateNoSchema = z
  .string({ error: '请填写证书编号' })
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .refine((s) => s.length > 0, { message: '请填写证书编号' })
  .refine((s) => CERTIFICATE_NO_PATTERN.test(s), { message: '证书编号格式不正确：应为 ZS 加 12 位以上数字，例如 ZS202400120007' });

/** 王*兰, 李*, 欧阳**: what the public verification page shows of a holder's name. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
