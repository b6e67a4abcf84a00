// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A page guarded for staff, opened by a resident and by a visitor who is not logged in.
const taro = vi.hoisted(() => ({ redirectTo: vi.fn((_: { url: string }) => Promise.resolve()), showFns: [] as Array<() => void> }));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    redirectTo: taro.redirectTo,
    reLaunch: vi.fn(),
    switchTab: vi.fn(),
    navigateTo: vi.fn(),
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return {
    default: Taro,
    ...Taro,
    useRouter: () => ({ path: '/packages/news/stats/index', params: {} }),
    useDidShow: (fn: () => void) => taro.showFns.push(fn),
    usePullDownRefresh: () => undefined,
  };
});
const session = vi.hoisted(() => ({ current: null as null | { user: { id: number; name: string; roles: string[] } } }));
vi.mock('@/stores', () => ({ useSession: () => session.current, useCareMode: () => false }));
const call = vi.hoisted(() => vi.fn());
vi.mock('@/api', () => ({ api: { call } }));
vi.mock('@/ui', () => ({
  Button: ({ children, onClick }: { children: string; onClick: () => void }) => <button onClick={onClick}>{children}</button>,
  Empty: ({ title, description }: { title: string; description?: string }) => (
    <div>
      {title}
      <span>{description}</span>
    </div>
  ),
  Skeleton: () => <div data-testid="skeleton">…</div>,
}));

const { default: NewsStatsPage } = await import('@/packages/news/stats/index');

afterEach(() => {
  cleanup();
  call.mockReset();
  taro.redirectTo.mockClear();
  taro.showFns.length = 0;
});

describe('a page the visitor may not see', () => {
  it('tells a resident who may open it, instead of showing nothing, and asks the API nothing', async () => {
    session.current = { user: { id: 3, name: '王女士', roles: ['resident'] } };
    render(<NewsStatsPage />);
    await act(async () => undefined);
    expect(screen.getByText('没有权限')).toBeTruthy();
    expect(screen.getByText('「资讯统计」只对协会工作人员开放')).toBeTruthy();
    expect(screen.getByText('回到首页')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });

  it('shows a skeleton to a visitor who is not logged in while the guard sends them to log in', async () => {
    session.current = null;
    render(<NewsStatsPage />);
    await act(async () => {
      for (const show of taro.showFns) show();
    });
    expect(screen.getAllByTestId('skeleton').length).toBeGreaterThan(0);
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('packages/auth/login/index?redirect=') as unknown });
    expect(call).not.toHaveBeenCalled();
  });
});
