import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { incompleteUpload } from './multipart';

/** What a body that stopped arriving part-way is told, in the words of what was being sent. */
function incompleteBody(c: Context<AppEnv, string>): AppError {
  if (c.req.header('content-type')?.toLowerCase().startsWith('multipart/form-data')) return incompleteUpload();
  return new AppError('BAD_REQUEST', '提交的内容没有完整送达，请重新提交');
}

/**
 * hono's bodyLimit, which reads a body of unknown length (chunked) as it streams in. When that read
 * fails, the client dropped the connection part-way (a phone losing its signal): a 400, not an
 * unhandled 500. Errors from later middlewares and the handler pass through untouched.
 */
export function limitBody(maxSize: number, tooLarge: () => AppError): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  return async function limitBodySize(c, next) {
    const reached = { next: false };
    try {
      await limit(c, () => {
        reached.next = true;
        return next();
      });
    } catch (error) {
      if (reached.next || error instanceof AppError) throw error;
      throw incompleteBody(c);
    }
  };
}
