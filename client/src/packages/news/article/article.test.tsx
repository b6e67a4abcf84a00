// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { newsApi } from '@wuxie/shared/news';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The route Taro's H5 router hands the page, and what the page asks of Taro and the API.
const taro = vi.hoisted(() => ({
  route: { path: '', params: {} },
  reLaunch: vi.fn((_: { url: string }) => Promise.resolve()),
}));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    reLaunch: taro.reLaunch,
    getCurrentPages: () => [],
    switchTab: vi.fn(),
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  const noop = () => undefined;
  return {
    default: Taro,
    ...Taro,
    useRouter: () => taro.route,
    useDidShow: noop,
    usePullDownRefresh: noop,
    useShareAppMessage: noop,
    useShareTimeline: noop,
  };
});
const call = vi.hoisted(() => vi.fn());
vi.mock('@/api', () => ({ api: { call } }));
// NutUI needs a canvas jsdom lacks; plain stand-ins keep what the states render.
vi.mock('@/ui', () => ({
  Button: ({ children, onClick }: { children: string; onClick: () => void }) => <button onClick={onClick}>{children}</button>,
  Empty: ({ title, description }: { title: string; description?: string }) => (
    <div>
      {title}
      <span>{description}</span>
    </div>
  ),
  Skeleton: () => <div>…</div>,
}));

const { default: ArticlePage } = await import('./index');

/** Opens the page as Taro would: the page's own path (with Taro's stamp), the query Taro read, and the address bar. */
async function open(params: Record<string, string>, hash: string) {
  taro.route = { path: '/packages/news/article/index?stamp=AB', params: { ...params, stamp: 'AB' } };
  window.location.hash = hash;
  render(<ArticlePage />);
  await act(async () => undefined);
}

afterEach(() => {
  cleanup();
  call.mockReset();
  taro.reLaunch.mockClear();
});

describe('the article page', () => {
  it('loads the article its link names', async () => {
    call.mockImplementation(() => new Promise(() => undefined));
    await open({ id: '5' }, '#/packages/news/article/index?id=5');
    expect(call).toHaveBeenCalledWith(newsApi.getArticle, { params: { id: 5 } });
  });

  it('opens the home page, and asks for no article, when the home address was typed while the article was loading', async () => {
    // Taro loaded the article last and gave it the home page's (empty) query.
    await open({}, '#/pages/home/index');
    expect(call).not.toHaveBeenCalled();
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' });
    expect(screen.queryByText('加载失败')).toBeNull();
  });

  it('says the link is incomplete instead of asking for article NaN', async () => {
    await open({}, '#/packages/news/article/index');
    expect(call).not.toHaveBeenCalled();
    expect(taro.reLaunch).not.toHaveBeenCalled();
    expect(screen.getByText('页面链接不完整或已失效')).toBeTruthy();
    expect(screen.getByText('文章编号应为数字，请从列表重新打开')).toBeTruthy();
  });
});
