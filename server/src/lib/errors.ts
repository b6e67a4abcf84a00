import type { ErrorCode, FieldIssue } from '@wuxie/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { HttpStatus } from './http-status';

const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: HttpStatus.BAD_REQUEST,
  VALIDATION_FAILED: HttpStatus.UNPROCESSABLE_ENTITY,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  TOKEN_EXPIRED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID_TRANSITION: HttpStatus.CONFLICT,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  ACCOUNT_LOCKED: HttpStatus.LOCKED,
  UPSTREAM_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** An error the user (or a caller) caused or can act on; rendered through the one error contract. */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS_BY_CODE[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或您无权查看`);
export const forbidden = (message = '您没有权限进行此操作') => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);

/** Turns zod issues into the contract's field issues; the message names the field. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function validationError(
  issues: readonly z.core.$ZodIssue[],
  where: 'body' | 'query' | 'param' | 'header' | 'form' | 'json' | 'cookie' = 'body',
): AppError {
  const fieldIssues = toFieldIssues(issues);
  const first = fieldIssues[0];
  const place = where === 'query' ? '查询参数' : where === 'param' ? '路径参数' : '提交的内容';
  const summary = first
    ? `${place}有 ${fieldIssues.length} 处需要修改：${first.path ? `${first.path}：` : ''}${first.message}`
    : `${place}格式不正确`;
  return new AppError('VALIDATION_FAILED', summary, fieldIssues);
}
