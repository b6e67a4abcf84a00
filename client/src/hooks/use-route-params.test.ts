import { newsApi } from '@wuxie/shared/news';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('@tarojs/taro', () => ({ default: {}, useRouter: () => null }));

const { addressOf, pageRouteOf, parseRouteParams } = await import('./use-route-params');

// What Taro's H5 router hands a page: its path with Taro's stamp, and the query it read from the address.
const article = (params: Record<string, string>) => ({
  path: '/packages/news/article/index?stamp=AB',
  params: { ...params, stamp: 'AB', $taroTimestamp: '1700000000000' },
});

describe('addressOf', () => {
  it('reads the page URL from an H5 hash, and nothing from an empty one', () => {
    expect(addressOf('#/pages/home/index?x=1')).toBe('/pages/home/index?x=1');
    expect(addressOf('')).toBeNull();
    expect(addressOf('#')).toBeNull();
  });
});

describe('pageRouteOf', () => {
  it('gives the page its own query, decoded, without Taro’s bookkeeping', () => {
    expect(pageRouteOf(article({ id: '5', q: '%E7%89%A9%E4%B8%9A' }), '/packages/news/article/index?id=5')).toEqual({
      status: 'current',
      params: { id: '5', q: '物业' },
    });
  });

  it('keeps a value that is not valid percent-encoding as it came', () => {
    expect(pageRouteOf(article({ q: '100%' }), '/packages/news/article/index?q=100%')).toEqual({
      status: 'current',
      params: { q: '100%' },
    });
  });

  it('says the page was overtaken when the address names another page (the article loaded after the home page was typed)', () => {
    expect(pageRouteOf(article({}), '/pages/home/index')).toEqual({ status: 'overtaken', address: '/pages/home/index' });
  });

  it('trusts the route where there is no address bar (WeChat) or the address names none of our pages', () => {
    expect(pageRouteOf({ path: '/packages/news/article/index', params: { id: '5' } }, null)).toEqual({
      status: 'current',
      params: { id: '5' },
    });
    expect(pageRouteOf(article({ id: '5' }), '/no/such/page')).toEqual({ status: 'current', params: { id: '5' } });
  });

  it('reads no parameters when Taro has no current route', () => {
    expect(pageRouteOf(null, '/pages/home/index')).toEqual({ status: 'current', params: {} });
  });
});

describe('parseRouteParams', () => {
  const articleParams = newsApi.getArticle.params;

  it('types the parameters with the endpoint’s own schema', () => {
    expect(parseRouteParams(articleParams, { status: 'current', params: { id: '5' } })).toEqual({ ok: true, params: { id: 5 } });
  });

  it('names a missing or malformed id instead of letting the page ask for article NaN', () => {
    expect(parseRouteParams(articleParams, { status: 'current', params: {} })).toEqual({
      ok: false,
      problem: { kind: 'invalid', message: '文章编号应为数字' },
    });
    expect(parseRouteParams(articleParams, { status: 'current', params: { id: '0' } })).toEqual({
      ok: false,
      problem: { kind: 'invalid', message: '文章编号不正确' },
    });
  });

  it('gives an overtaken page no parameters at all, even when the other page’s would fit', () => {
    const optional = z.object({ redirect: z.string().optional() });
    expect(parseRouteParams(optional, { status: 'overtaken', address: '/pages/home/index' })).toEqual({
      ok: false,
      problem: { kind: 'overtaken', address: '/pages/home/index' },
    });
  });
});
