// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Taro's storage backs the stores; in jsdom a Map stands in for it. `route` is what Taro hands the page,
// `currentPages` what Taro.getCurrentPages() answers (the page showing is the last).
const taro = vi.hoisted(() => ({
  route: null as { path: string; params: Record<string, string> } | null,
  reLaunch: vi.fn(),
  currentPages: (): Array<{ path: string }> => [],
}));
vi.mock('@tarojs/taro', () => {
  const store = new Map<string, string>();
  const Taro = {
    reLaunch: taro.reLaunch,
    getStorageSync: (k: string) => store.get(k) ?? '',
    setStorageSync: (k: string, v: string) => void store.set(k, v),
    removeStorageSync: (k: string) => void store.delete(k),
    request: vi.fn(),
    getCurrentPages: () => taro.currentPages(),
    navigateTo: vi.fn(),
  };
  return { default: Taro, ...Taro, useRouter: () => taro.route };
});

// NutUI needs a canvas jsdom lacks; PageShell's error state (through StateView) only needs stand-ins.
vi.mock('@/ui', () => ({ Button: () => null, Empty: () => null, Skeleton: () => null }));

const { default: PageShell } = await import('./index');
const { careMode } = await import('@/stores');

afterEach(() => {
  cleanup();
  careMode.set(false);
  taro.route = null;
  taro.currentPages = () => [];
  taro.reLaunch.mockClear();
});

describe('PageShell', () => {
  it('switches every page to the larger type as soon as 关怀模式 is turned on', () => {
    const { container } = render(<PageShell className="x">内容</PageShell>);
    const root = container.firstElementChild;
    expect([...(root?.classList ?? [])].sort()).toEqual(['app-page', 'x']);
    act(() => careMode.set(true));
    expect([...(root?.classList ?? [])].sort()).toEqual(['app-page', 'care', 'x']);
    act(() => careMode.set(false));
    expect(root?.classList.contains('care')).toBe(false);
  });

  it('opens what the address names when the user went elsewhere while this page loaded', () => {
    taro.route = { path: '/packages/news/desk/index?stamp=AC', params: { stamp: 'AC' } };
    window.location.hash = '#/pages/me/index';
    render(<PageShell>采编台</PageShell>);
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('stays on a page the address names', () => {
    taro.route = { path: '/packages/news/desk/index?stamp=AC', params: { stamp: 'AC', scope: 'all' } };
    window.location.hash = '#/packages/news/desk/index?scope=all';
    render(<PageShell>采编台</PageShell>);
    expect(taro.reLaunch).not.toHaveBeenCalled();
  });

  it('leaves it to Taro when Taro already shows the page the address names (the user tapped on while this one loaded)', () => {
    taro.route = { path: '/pages/activities/index?stamp=AC', params: { stamp: 'AC' } };
    window.location.hash = '#/pages/me/index';
    taro.currentPages = () => [{ path: '/pages/me/index?stamp=AB' }];
    render(<PageShell>活动</PageShell>);
    expect(taro.reLaunch).not.toHaveBeenCalled();
  });

  it('opens the address as it is when it acts, not as it was when the page rendered', () => {
    taro.route = { path: '/pages/activities/index?stamp=AC', params: { stamp: 'AC' } };
    window.location.hash = '#/pages/me/index'; // 活动 rendered while the address said 我的 …
    taro.currentPages = () => {
      window.location.hash = '#/pages/activities/index'; // … and the user tapped 活动 again before the effect ran
      return [{ path: '/pages/activities/index?stamp=AC' }];
    };
    render(<PageShell>活动</PageShell>);
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/activities/index' });
  });
});
