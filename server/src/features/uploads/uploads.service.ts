import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient, Upload } from '@wuxie/prisma';
import {
  MAX_UPLOAD_BYTES,
  UPLOAD_MIME_TYPES,
  UPLOAD_PURPOSE_ROLES,
  hasAnyRole,
  uploadPath,
  type UploadInfo,
  type UploadPurpose,
} from '@wuxie/shared';
import type { Caller } from '../../lib/context';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { complaintActorsFor } from '../complaints/complaints.rules';
import { MalformedImageError, sniffImage, stripImageMetadata } from './image-bytes.rules';

const SIGNED_URL_SECONDS = 2 * 60 * 60;

/** Where a key lives on disk: sharded by its first two characters so no folder grows huge. */
export function uploadFilePath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), key);
}

function signature(key: string, exp: number, secret: string): string {
  return createHmac('sha256', `uploads:${secret}`).update(`${key}.${exp}`).digest('base64url').slice(0, 32);
}

/**
 * A URL that lets whoever holds it load one protected file for a while: images in a page cannot
 * send the Authorization header, so the API hands these out only to callers allowed to see the
 * file. The expiry is rounded up to the hour so the URL (and the image cache) stays stable.
 */
export function signedUploadUrl(key: string, secret: string, now = Date.now()): string {
  const hour = 3600;
  const exp = Math.ceil((now / 1000 + SIGNED_URL_SECONDS) / hour) * hour;
  return `${uploadPath(key)}?exp=${exp}&sig=${signature(key, exp, secret)}`;
}

export function verifyUploadSignature(
  key: string,
  exp: string | undefined,
  sig: string | undefined,
  secret: string,
  now = Date.now(),
): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expSeconds = Number(exp);
  if (expSeconds * 1000 < now) return false;
  const expected = Buffer.from(signature(key, expSeconds, secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Public uploads: article images once their article is published, and avatars. */
const PUBLIC_ARTICLE_PURPOSES: readonly UploadPurpose[] = ['article_image', 'cover'];

export function toUploadInfo(
  upload: Pick<Upload, 'key' | 'purpose' | 'mime' | 'size' | 'width' | 'height'>,
  secret: string,
): UploadInfo & { previewUrl: string } {
  const isArticle = PUBLIC_ARTICLE_PURPOSES.includes(upload.purpose) || upload.purpose === 'avatar';
  const signed = signedUploadUrl(upload.key, secret);
  return {
    key: upload.key,
    purpose: upload.purpose,
    mime: upload.mime,
    size: upload.size,
    width: upload.width,
    height: upload.height,
    url: isArticle ? uploadPath(upload.key) : signed,
    previewUrl: signed,
  };
}

/** Checks, cleans and stores one image; returns its record. The client's file name is never used. */
export async function storeUpload(
  db: PrismaClient,
  dir: string,
  caller: Caller,
  purpose: UploadPurpose,
  file: { size: number; bytes: () => Promise<Uint8Array> },
): Promise<Upload> {
  const roles = UPLOAD_PURPOSE_ROLES[purpose];
  if (roles.length > 0 && !hasAnyRole(caller.roles, roles)) throw forbidden('您没有权限上传这类图片');
  if (file.size > MAX_UPLOAD_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', `图片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请压缩后再上传`);
  const raw = Buffer.from(await file.bytes());
  const mime = sniffImage(raw);
  if (!mime) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG 或 WebP 格式的图片（按文件内容识别，改扩展名无效）');
  let clean;
  try {
    clean = stripImageMetadata(raw, mime);
  } catch (error) {
    if (error instanceof MalformedImageError) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '图片文件已损坏或不完整，请重新选择图片');
    throw error;
  }
  const key = `${randomBytes(16).toString('hex')}.${UPLOAD_MIME_TYPES[mime]}`;
  const target = uploadFilePath(dir, key);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, clean.bytes);
  await rename(temp, target);
  return db.upload.create({
    data: { key, ownerId: caller.userId, purpose, mime, size: clean.bytes.length, width: clean.width, height: clean.height },
  });
}

/** Whether the caller (or nobody, for a plain request) may see this upload. */
async function maySee(db: PrismaClient, upload: Upload, caller: Caller | null): Promise<boolean> {
  if (upload.purpose === 'avatar') return true;
  if (upload.articleId !== null && PUBLIC_ARTICLE_PURPOSES.includes(upload.purpose)) {
    const article = await db.article.findUnique({ where: { id: upload.articleId }, select: { status: true } });
    if (article?.status === 'published') return true;
  }
  if (!caller) return false;
  if (upload.ownerId === caller.userId || hasAnyRole(caller.roles, ['staff'])) return true;
  if (upload.complaintId === null) return false;
  const complaint = await db.complaint.findUnique({
    where: { id: upload.complaintId },
    select: { residentId: true, companyId: true, assignedAt: true },
  });
  if (!complaint) return false;
  const actors = await complaintActorsFor(db, caller, complaint);
  if (actors.includes('resident')) return true;
  if (!actors.includes('company')) return false;
  if (upload.complaintEventId === null) return true;
  const event = await db.complaintEvent.findUnique({ where: { id: upload.complaintEventId }, select: { visibleToCompany: true } });
  return event?.visibleToCompany === true;
}

/** The stored bytes of an upload the caller may see (404 otherwise, so keys of others' files reveal nothing). */
export async function readUpload(
  db: PrismaClient,
  dir: string,
  key: string,
  access: { caller: Caller | null; signed: boolean },
): Promise<{ bytes: Buffer; mime: string; isPublic: boolean }> {
  const upload = await db.upload.findUnique({ where: { key } });
  if (!upload) throw notFound('图片');
  const isPublic = await maySee(db, upload, null);
  if (!isPublic && !access.signed && !(await maySee(db, upload, access.caller))) throw notFound('图片');
  const bytes = await readFile(uploadFilePath(dir, key)).catch(() => {
    throw notFound('图片文件');
  });
  return { bytes, mime: upload.mime, isPublic };
}
