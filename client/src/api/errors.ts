import { apiErrorSchema, type ErrorCode, type FieldIssue } from '@wuxie/shared/common';

/** Codes the client adds for failures that never reached (or never came back from) the API. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE';

export const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  BAD_RESPONSE: '服务器返回的数据无法识别，请稍后重试',
};

/** The one error every API call rejects with: the server's code and Chinese message, or a client-side one. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly status: number,
    readonly issues: readonly FieldIssue[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }

  /** The message for one form field, if the server named it. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path)?.message;
  }
}

/** Turns a non-2xx response into the typed error, trusting the body only when it follows the contract. */
export function errorFromResponse(status: number, body: unknown): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data;
    return new ApiRequestError(e.code, e.message, status, e.issues ?? [], e.requestId);
  }
  if (status >= 500) return new ApiRequestError('INTERNAL', `服务器出错了（${status}），请稍后重试`, status);
  return new ApiRequestError('BAD_RESPONSE', CLIENT_MESSAGES.BAD_RESPONSE, status);
}

export function networkError(): ApiRequestError {
  return new ApiRequestError('NETWORK_ERROR', CLIENT_MESSAGES.NETWORK_ERROR, 0);
}

/** A Chinese message for anything thrown, for toasts and error states. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiRequestError) return err.message;
  return '出了点问题，请稍后重试';
}
