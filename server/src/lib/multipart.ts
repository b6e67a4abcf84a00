import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { HttpStatus } from './http-status';

/** What an upload that cannot be read as a form is told: cut off, not multipart inside, no boundary, a part the parser refuses. */
export const incompleteUpload = () => new AppError('BAD_REQUEST', '上传的文件不完整或格式不对，请重新上传');

/** A `boundary` parameter with a value (RFC 2046 §5.1.1: a form cannot be split into parts without one). */
const BOUNDARY = /;\s*boundary\s*=\s*(?:"[^"]+"|[^\s;"]+)/i;

/**
 * The gate of an upload route. A body that is not multipart/form-data is a 415 in the upload's own
 * words (zod-openapi's would speak of JSON); one that says it is but cannot be read as a form is a 400.
 */
export const requireMultipart = createMiddleware<AppEnv>(async function requireMultipartForm(c, next) {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请用 multipart/form-data 上传，文件放在字段 file 中');
  }
  if (!BOUNDARY.test(type)) throw incompleteUpload();
  await next();
  // Past this gate only hono's form validator throws a 400 HTTPException ("Malformed FormData request"),
  // which the error handler answers with the generic words for a bad JSON or form body. Hono has answered
  // it already and left it in c.error (https://hono.dev/docs/api/context#error); a throw here answers again.
  if (c.error instanceof HTTPException && c.error.status === HttpStatus.BAD_REQUEST) throw incompleteUpload();
});
