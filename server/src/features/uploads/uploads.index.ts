import { MAX_UPLOAD_BYTES } from '@wuxie/shared';
import { limitBody } from '../../lib/body-limit';
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/route';
import { rateLimit } from '../../middlewares/rate-limit';
import * as handlers from './uploads.handlers';
import * as routes from './uploads.routes';

/** Multipart framing around a 5 MB image. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The upload routes; uploads get their own body limit (the API's default is far smaller) and a per-user hourly quota. */
export function createUploadsRouter(limits: { uploadsPerHour: number }) {
  const router = createRouter();
  router.post(
    '/uploads',
    limitBody(
      MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES,
      () => new AppError('PAYLOAD_TOO_LARGE', `图片不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请压缩后再上传`),
    ),
    rateLimit({
      limit: limits.uploadsPerHour,
      windowMs: 60 * 60_000,
      message: `上传过于频繁：每小时最多 ${limits.uploadsPerHour} 张，请稍后再试`,
      key: (c) => `user:${c.get('caller')?.userId ?? 'anonymous'}`,
    }),
  );
  return router.openapi(routes.uploadImage, handlers.uploadImage).openapi(routes.getUpload, handlers.getUpload);
}
