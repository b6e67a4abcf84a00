// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { activitiesApi } from '@wuxie/shared/activities';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The route Taro's H5 router hands the page, and what the page asks of Taro and the API.
const taro = vi.hoisted(() => ({
  route: { path: '', params: {} },
  reLaunch: vi.fn((_: { url: string }) => Promise.resolve()),
}));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    reLaunch: taro.reLaunch,
    switchTab: vi.fn(),
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  const noop = () => undefined;
  return { default: Taro, ...Taro, useRouter: () => taro.route, useDidShow: noop, usePullDownRefresh: noop };
});
const call = vi.hoisted(() => vi.fn());
vi.mock('@/api', () => ({ api: { call } }));
// NutUI needs a canvas jsdom lacks; plain stand-ins keep what the states render.
vi.mock('@/ui', () => ({
  Button: ({ children, onClick }: { children: string; onClick: () => void }) => <button onClick={onClick}>{children}</button>,
  Input: () => <input />,
  Kv: ({ k, v }: { k: string; v: string }) => <div>{`${k} ${v}`}</div>,
  Empty: ({ title, description }: { title: string; description?: string }) => (
    <div>
      {title}
      <span>{description}</span>
    </div>
  ),
  Skeleton: () => <div>…</div>,
}));

const { default: ActivityDetailPage } = await import('./index');

/** Opens the page as Taro would: its own path (with Taro's stamp), the query Taro read, and the same address in the bar. */
async function open(params: Record<string, string>) {
  const query = new URLSearchParams(params).toString();
  taro.route = { path: '/packages/activities/detail/index?stamp=AB', params: { ...params, stamp: 'AB' } };
  window.location.hash = `#/packages/activities/detail/index${query ? `?${query}` : ''}`;
  render(<ActivityDetailPage />);
  await act(async () => undefined);
}

afterEach(() => {
  cleanup();
  call.mockReset();
  taro.reLaunch.mockClear();
});

describe('the activity page', () => {
  it('loads the activity its link names, the id as a number', async () => {
    call.mockImplementation(() => new Promise(() => undefined));
    await open({ id: '7' });
    expect(call).toHaveBeenCalledWith(activitiesApi.getActivity, { params: { id: 7 } });
  });

  it('says the link is broken instead of asking for activity NaN', async () => {
    await open({ id: 'NaN' });
    expect(call).not.toHaveBeenCalled();
    expect(taro.reLaunch).not.toHaveBeenCalled();
    expect(screen.getByText('页面链接不完整或已失效')).toBeTruthy();
    expect(screen.getByText('编号应为数字，请从列表重新打开')).toBeTruthy();
  });
});
