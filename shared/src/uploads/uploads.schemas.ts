import { z } from 'zod';
import type { Role } from '../auth/roles';

export const UPLOAD_PURPOSES = ['complaint_photo', 'complaint_reply', 'article_image', 'cover', 'avatar'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];
export const uploadPurposeSchema = z.enum(UPLOAD_PURPOSES, {
  error: '上传用途不正确（complaint_photo、complaint_reply、article_image、cover 或 avatar）',
});

/** Who may upload for each purpose; an empty list means any logged-in user. */
export const UPLOAD_PURPOSE_ROLES: Record<UploadPurpose, readonly Role[]> = {
  complaint_photo: [],
  complaint_reply: ['company_admin', 'staff'],
  article_image: ['correspondent', 'staff'],
  cover: ['correspondent', 'staff'],
  avatar: [],
};

/** Largest accepted image, after the phone compressed it. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Real content types we accept (checked by the file's first bytes, not by its name or header). */
export const UPLOAD_MIME_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type UploadMime = keyof typeof UPLOAD_MIME_TYPES;

/** Generated storage name: 32 hex characters and the extension of the real type. */
export const uploadKeySchema = z
  .string({ error: '照片编号应为文字' })
  .regex(/^[a-f0-9]{32}\.(jpg|png|webp)$/, { message: '照片编号无效，请重新上传照片' });

/** The URL an upload is served at; protected ones carry a short-lived signature in the query. */
export function uploadPath(key: string): string {
  return `/api/uploads/${key}`;
}

export const uploadQuerySchema = z.object({ purpose: uploadPurposeSchema.default('complaint_photo') });

export const uploadSchema = z
  .object({
    key: z.string(),
    url: z
      .string()
      .describe('the URL to keep: /api/uploads/<key> for article images (public once published), a signed URL for complaint photos'),
    previewUrl: z.string().describe('a signed URL the uploader can show right away, before anything is published'),
    purpose: uploadPurposeSchema,
    mime: z.string(),
    size: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
  })
  .meta({ id: 'Upload' });
export type UploadInfo = z.infer<typeof uploadSchema>;

export const photoSchema = z.object({ key: z.string(), url: z.string() }).meta({ id: 'Photo' });
export type Photo = z.infer<typeof photoSchema>;
