import { z } from 'zod';

/** Machine codes of the one error contract. Each maps to one HTTP status on the server. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldIssueSchema = z.object({
  path: z.string().describe('dotted path of the field, e.g. "contactPhone" or "photos.2"'),
  message: z.string().describe('Chinese message naming what to fix'),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(fieldIssueSchema).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'ApiError', description: '所有错误的统一格式 (the one error contract)' });
export type ApiError = z.infer<typeof apiErrorSchema>;
