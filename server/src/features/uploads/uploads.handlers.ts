import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { requireCaller } from '../../lib/caller';
import { HttpStatus } from '../../lib/http-status';
import type * as routes from './uploads.routes';
import { readUpload, storeUpload, toUploadInfo, verifyUploadSignature } from './uploads.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const uploadImage: Handler<'uploadImage'> = async (c) => {
  const caller = requireCaller(c);
  const { db, env } = c.var.deps;
  const { file } = c.req.valid('form');
  const { purpose } = c.req.valid('query');
  const upload = await storeUpload(db, env.WUXIE_UPLOAD_DIR, caller, purpose, {
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  });
  return c.json(toUploadInfo(upload, env.jwtSecret), HttpStatus.CREATED);
};

export const getUpload: Handler<'getUpload'> = async (c) => {
  const { db, env } = c.var.deps;
  const { key } = c.req.valid('param');
  const { exp, sig } = c.req.valid('query');
  const signed = verifyUploadSignature(key, exp, sig, env.jwtSecret);
  const file = await readUpload(db, env.WUXIE_UPLOAD_DIR, key, { caller: c.get('caller'), signed });
  return c.body(new Uint8Array(file.bytes), HttpStatus.OK, {
    'content-type': file.mime,
    'cache-control': file.isPublic ? 'public, max-age=86400' : 'private, max-age=3600',
    'content-disposition': 'inline',
  });
};
