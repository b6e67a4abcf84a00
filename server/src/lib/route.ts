import { OpenAPIHono, createRoute, type RouteConfig } from '@hono/zod-openapi';
import { apiErrorSchema, type Role } from '@wuxie/shared';
import { validationError } from './errors';
import type { AppEnv } from './context';
import { guard } from '../middlewares/guard';

/** Who may call a route: anyone, any logged-in user, or holders of at least one of the roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

const errorContent = { 'application/json': { schema: apiErrorSchema } };

const COMMON_ERRORS = {
  422: { description: '输入不符合要求（带字段问题）', content: errorContent },
  500: { description: '服务器内部错误', content: errorContent },
} as const;

const AUTH_ERRORS = {
  401: { description: '未登录或登录已过期', content: errorContent },
  403: { description: '无权限', content: errorContent },
} as const;

/** Routes that take a JSON body also answer 413 (too large) and 415 (not JSON). */
const JSON_BODY_ERRORS = {
  413: { description: '提交的内容过大', content: errorContent },
  415: { description: '请求体不是 JSON（Content-Type 须为 application/json）', content: errorContent },
} as const;

type RouteInput = Omit<RouteConfig, 'middleware'> & { access: Access };

function takesJsonBody(config: RouteInput): boolean {
  const content = config.request?.body?.content;
  return content !== undefined && 'application/json' in content;
}

/**
 * Declares a route with its access rule. The rule is enforced by the one guard and written into
 * the OpenAPI document as `x-access`, so docs, enforcement and the access tests read one value.
 */
export function defineRoute<const R extends RouteInput>(config: R) {
  const { access, responses, ...rest } = config;
  const needsAuth = access !== 'public';
  const xAccess: 'public' | 'authenticated' | Role[] = access === 'public' || access === 'authenticated' ? access : [...access];
  return createRoute({
    ...rest,
    'x-access': xAccess,
    ...(needsAuth ? { security: [{ bearerAuth: [] }] } : {}),
    middleware: [guard(access)] as const,
    responses: { ...COMMON_ERRORS, ...(needsAuth ? AUTH_ERRORS : {}), ...(takesJsonBody(config) ? JSON_BODY_ERRORS : {}), ...responses } as R['responses'] &
      typeof COMMON_ERRORS,
  });
}

/** A router whose request validation failures come out in the one error contract. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error.issues, result.target);
    },
  });
}

export { errorContent };
