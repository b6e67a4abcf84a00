import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import type { z } from 'zod';
import { routeByPath } from '@/routes';

// Why this exists: in H5, Taro's router gives a page the query of the address showing when the
// page's code has finished loading, not of the address it was opened for. Opening an article and
// typing the home page's address before the article's sub-package arrived made the article page
// load last, with the home page's (empty) query, on top of the home page: it asked for article NaN
// and showed 加载失败 "id：文章编号应为数字". Also, `useRouter()` is the router current when the
// calling component mounted, so only the page component itself (mounted with its page) may read it.

/** A page's route as Taro hands it over: its path (H5: with Taro's `stamp`) and its raw query. */
export interface TaroRoute {
  path?: string;
  params: Partial<Record<string, string>>;
}

/** The page's own route parameters, or that the address moved to another page before it loaded. */
export type PageRoute = { status: 'current'; params: Partial<Record<string, string>> } | { status: 'overtaken'; address: string };

/** What a page may do with its route parameters: use them, or show why it cannot. */
export type RouteParams<T> = { ok: true; params: T } | { ok: false; problem: RouteProblem };
export type RouteProblem = { kind: 'invalid'; message: string } | { kind: 'overtaken'; address: string };

const TARO_KEYS = new Set(['stamp', '$taroTimestamp']);

/** The H5 address as a page URL ("#/pages/home/index?x=1" → "/pages/home/index?x=1"); null when there is none. */
export function addressOf(hash: string): string | null {
  const url = hash.replace(/^#/, '');
  return url.startsWith('/') ? url : null;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A page's own route: its query without Taro's bookkeeping, decoded; or 'overtaken' when the address
 * names another of our pages, in which case the query Taro gave belongs to that page.
 */
export function pageRouteOf(route: TaroRoute | null | undefined, address: string | null): PageRoute {
  const ownPage = routeByPath(route?.path ?? '');
  const addressed = address === null ? undefined : routeByPath(address);
  if (ownPage && addressed && address !== null && addressed !== ownPage) return { status: 'overtaken', address };
  const params: Partial<Record<string, string>> = {};
  for (const [key, value] of Object.entries(route?.params ?? {})) {
    if (value !== undefined && !TARO_KEYS.has(key)) params[key] = decoded(value);
  }
  return { status: 'current', params };
}

/** Checks a page's route against a schema (an endpoint's `params` fits): the typed values, or the first problem in Chinese. */
export function parseRouteParams<S extends z.ZodType>(schema: S, route: PageRoute): RouteParams<z.output<S>> {
  if (route.status === 'overtaken') return { ok: false, problem: { kind: 'overtaken', address: route.address } };
  const parsed = schema.safeParse(route.params);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, problem: { kind: 'invalid', message: parsed.error.issues[0]?.message ?? '页面链接不正确' } };
}

function currentAddress(): string | null {
  return process.env.TARO_ENV === 'h5' ? addressOf(window.location.hash) : null;
}

/** The route of the page being mounted, read once. Call it in the page component itself, not in a child that mounts later. */
export function usePageRoute(): PageRoute {
  const router = useRouter();
  return useMemo(() => pageRouteOf(router, currentAddress()), [router]);
}

/**
 * The page's route parameters checked by `schema` (e.g. `newsApi.getArticle.params`), never another
 * page's. When not `ok`, the page shows `<RouteState problem>` and calls nothing with them.
 */
export function useRouteParams<S extends z.ZodType>(schema: S): RouteParams<z.output<S>> {
  const route = usePageRoute();
  return useMemo(() => parseRouteParams(schema, route), [schema, route]);
}

/** Whether Taro shows this page now (H5: it is the top of the page stack); true when that cannot be told. */
function isShowing(route: TaroRoute | null | undefined): boolean {
  const pages = Taro.getCurrentPages() as Array<{ path?: string }>;
  const top = pages[pages.length - 1]?.path;
  return !top || !route?.path || top === route.path;
}

/**
 * Opens what the address names when this page's load was overtaken by it (H5); PageShell does this for every
 * page. Decided when the page rendered (its query may be another page's), acted on only if the page is still
 * the one showing, with the address as it is then: the user may have tapped on in between (活动, 我的, 活动
 * while 活动 loaded), and going to the address as it was at render time undid the last tap.
 */
export function useFollowAddress(): void {
  const router = useRouter();
  const route = usePageRoute();
  useEffect(() => {
    if (route.status !== 'overtaken' || !isShowing(router)) return;
    void Taro.reLaunch({ url: currentAddress() ?? route.address });
  }, [route, router]);
}
