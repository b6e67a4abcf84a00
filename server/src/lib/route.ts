import { OpenAPIHono, createRoute, type RouteConfig } from '@hono/zod-openapi';
import {
  apiErrorSchema,
  isFileAnswer,
  isMultipartBody,
  type EndpointConfig,
  type FileAnswer,
  type MultipartBody,
} from '@wuxie/shared/common';
import type { z } from 'zod';
import { validationError } from './errors';
import type { AppEnv } from './context';
import { requireMultipart } from './multipart';
import { guard } from '../middlewares/guard';

const errorContent = { 'application/json': { schema: apiErrorSchema } };

/** An error answer of a route, for the extra statuses a route documents (404, 409, 429, …). */
export const errorResponse = (description: string) => ({ description, content: errorContent });

/** A further JSON answer of a route (a second success status, a 503 with a body), for its documentation. */
export const jsonResponse = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});

const COMMON_ERRORS = {
  422: errorResponse('输入不符合要求（带字段问题）'),
  500: errorResponse('服务器内部错误'),
} as const;

const AUTH_ERRORS = {
  401: errorResponse('未登录或登录已过期'),
  403: errorResponse('无权限'),
} as const;

/** Routes that take a JSON body also answer 413 (too large) and 415 (not JSON). */
const JSON_BODY_ERRORS = {
  413: errorResponse('提交的内容过大'),
  415: errorResponse('请求体不是 JSON（Content-Type 须为 application/json）'),
} as const;

/** Upload routes answer 413 (too large) and 415 (not multipart). */
const MULTIPART_ERRORS = {
  413: errorResponse('文件过大'),
  415: errorResponse('不是 multipart/form-data，或文件类型不受支持'),
} as const;

/** What the server adds to an endpoint: the words of its OpenAPI operation and the error statuses it documents. */
export interface RouteDoc {
  summary: string;
  tags: string[];
  description?: string;
  /** What the success answer is, in a few words. */
  ok?: string;
  /** Further answers: error statuses, a 304, a second success status. */
  responses?: RouteConfig['responses'];
}

type Binary = { schema: { type: 'string'; format: 'binary' } };

type SuccessContent<E extends EndpointConfig> =
  E['response'] extends FileAnswer<infer M>
    ? { [K in M]: Binary }
    : E['response'] extends z.ZodType
      ? { 'application/json': { schema: E['response'] } }
      : never;

type SuccessStatus<E extends EndpointConfig> = E extends { status: infer S extends number } ? S : 200;

type BodyOf<E extends EndpointConfig> = E extends { body: infer B }
  ? B extends MultipartBody<infer S>
    ? { content: { 'multipart/form-data': { schema: S } }; required: true }
    : B extends z.ZodType
      ? { content: { 'application/json': { schema: B } }; required: true }
      : never
  : never;

type Part<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType } ? { [P in K]: S } : unknown;

type RequestOf<E extends EndpointConfig> = Part<E, 'params'> &
  Part<E, 'query'> &
  Part<E, 'headers'> &
  ([BodyOf<E>] extends [never] ? object : { body: BodyOf<E> });

/** `X` is the error answers the route documents itself (`never` when none). */
type RouteOf<E extends EndpointConfig, X extends RouteConfig['responses']> = {
  method: E['method'];
  path: E['path'];
  request: RequestOf<E>;
  responses: { [S in SuccessStatus<E>]: { description: string; content: SuccessContent<E> } } & ([X] extends [never] ? unknown : X) &
    typeof COMMON_ERRORS;
  middleware: ReturnType<typeof guard>[];
};

/**
 * The route of an endpoint declared in `shared/`: method, path, validation, the success answer and
 * the access rule all come from the endpoint, so the OpenAPI document, the guard (`x-access`) and the
 * client read one value. The server adds only words and the error statuses it documents.
 */
export function defineRoute<const E extends EndpointConfig, const X extends RouteConfig['responses'] = never>(
  endpoint: E,
  doc: RouteDoc & { responses?: X },
): RouteOf<E, X> {
  const { access, body, response } = endpoint;
  const needsAuth = access !== 'public';
  const xAccess: 'public' | 'authenticated' | string[] = access === 'public' || access === 'authenticated' ? access : [...access];
  const multipart = isMultipartBody(body);
  const request = {
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.query ? { query: endpoint.query } : {}),
    ...(endpoint.headers ? { headers: endpoint.headers } : {}),
    ...(body === undefined
      ? {}
      : {
          body: {
            content: multipart ? { 'multipart/form-data': { schema: body.schema } } : { 'application/json': { schema: body } },
            required: true,
          },
        }),
  };
  const successContent = isFileAnswer(response)
    ? { [response.mediaType]: { schema: { type: 'string', format: 'binary' } } }
    : { 'application/json': { schema: response } };
  const bodyErrors = body === undefined ? {} : multipart ? MULTIPART_ERRORS : JSON_BODY_ERRORS;
  const config = {
    method: endpoint.method,
    path: endpoint.path,
    summary: doc.summary,
    tags: doc.tags,
    ...(doc.description ? { description: doc.description } : {}),
    'x-access': xAccess,
    ...(needsAuth ? { security: [{ bearerAuth: [] }] } : {}),
    middleware: multipart ? [guard(access), requireMultipart] : [guard(access)],
    request,
    responses: {
      ...COMMON_ERRORS,
      ...(needsAuth ? AUTH_ERRORS : {}),
      ...bodyErrors,
      [endpoint.status ?? 200]: { description: doc.ok ?? '成功', content: successContent },
      ...doc.responses,
    },
  };
  return createRoute(config as unknown as RouteConfig) as unknown as RouteOf<E, X>;
}

/** A router whose request validation failures come out in the one error contract. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error.issues, result.target);
    },
  });
}
