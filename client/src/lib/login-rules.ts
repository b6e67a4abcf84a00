import { routeByPath, isTabRoute, routeUrl, type RouteName } from '@/routes';

export const CONSENT_REQUIRED = '请先阅读并勾选同意《隐私保护指引》';

/** Login is allowed only after the user agreed to the privacy guide (WeChat requires this before collecting data). */
export function consentError(agreed: boolean): string | undefined {
  return agreed ? undefined : CONSENT_REQUIRED;
}

export type AfterLogin = { kind: 'tab'; url: string } | { kind: 'page'; url: string } | { kind: 'back' };

/**
 * Where to go after logging in: the page that sent the user here (only our own routes, so a crafted link
 * cannot redirect elsewhere), else back, else 我的.
 */
export function afterLogin(redirect: string | undefined, hasPreviousPage: boolean): AfterLogin {
  const target: RouteName | undefined = redirect ? routeByPath(decodeURIComponent(redirect)) : undefined;
  if (target && target !== 'login') {
    if (isTabRoute(target)) return { kind: 'tab', url: routeUrl(target) };
    const query = decodeURIComponent(redirect ?? '').split('?')[1];
    return { kind: 'page', url: query ? `${routeUrl(target)}?${query}` : routeUrl(target) };
  }
  if (hasPreviousPage) return { kind: 'back' };
  return { kind: 'tab', url: routeUrl('me') };
}
