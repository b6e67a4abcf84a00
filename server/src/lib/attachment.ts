import type { FileAnswer } from '@wuxie/shared';
import type { Context } from 'hono';
import { HttpStatus } from './http-status';

/**
 * A file download: the bytes with the file's media type, a Chinese file name (RFC 6266's
 * `filename*`) beside an ASCII one for old clients, and no caching (it holds personal data).
 */
export function attachment(c: Context, bytes: ArrayBuffer | Uint8Array, file: FileAnswer, names: { ascii: string; display: string }) {
  return c.body(new Uint8Array(bytes), HttpStatus.OK, {
    'content-type': file.mediaType,
    'content-disposition': `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeURIComponent(names.display)}`,
    'cache-control': 'no-store',
  });
}
