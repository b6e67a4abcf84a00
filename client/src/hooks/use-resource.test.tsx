// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Taro's page events, driven by the test: what the page would receive from the framework.
const pageEvents = vi.hoisted(() => ({ didShow: [] as (() => void)[], pullDown: [] as (() => void)[], toasts: [] as string[] }));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    showToast: ({ title }: { title: string }) => void pageEvents.toasts.push(title),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return {
    default: Taro,
    ...Taro,
    useDidShow: (fn: () => void) => {
      pageEvents.didShow.push(fn);
    },
    usePullDownRefresh: (fn: () => void) => {
      pageEvents.pullDown.push(fn);
    },
  };
});

// NutUI needs a canvas jsdom lacks; plain stand-ins keep what the states render (titles, the retry button).
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

const { useResource } = await import('./use-resource');
const { ResourceState } = await import('@/components/StateView');
const { ApiRequestError } = await import('@/api/errors');

afterEach(() => {
  cleanup();
  pageEvents.didShow.length = 0;
  pageEvents.pullDown.length = 0;
  pageEvents.toasts.length = 0;
});

function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Page({ load, id }: { load: (id: number) => Promise<string>; id: number }) {
  const resource = useResource(() => load(id), [id]);
  return <ResourceState resource={resource}>{(text) => <p>内容：{text}</p>}</ResourceState>;
}

const lastOf = <T,>(list: T[]): T => {
  const last = list[list.length - 1];
  if (!last) throw new Error('the page registered no handler');
  return last;
};

describe('useResource with ResourceState', () => {
  it('shows the skeleton, then the content; never nothing', async () => {
    const first = deferred<string>();
    const { container } = render(<Page id={1} load={() => first.promise} />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => first.resolve('第一篇'));
    expect(screen.getByText('内容：第一篇')).toBeTruthy();
  });

  it('shows the error with a retry that loads again', async () => {
    let calls = 0;
    const load = () =>
      ++calls === 1 ? Promise.reject(new ApiRequestError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0)) : Promise.resolve('好了');
    render(<Page id={1} load={load} />);
    await act(async () => undefined);
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    await act(async () => screen.getByText('重试').click());
    expect(screen.getByText('内容：好了')).toBeTruthy();
  });

  it('keeps what is on screen when a pull-down reload fails, and says why', async () => {
    let calls = 0;
    const load = () =>
      ++calls === 1 ? Promise.resolve('旧的') : Promise.reject(new ApiRequestError('INTERNAL', '服务器出错了（502），请稍后重试', 502));
    render(<Page id={1} load={load} />);
    await act(async () => undefined);
    await act(async () => lastOf(pageEvents.pullDown)());
    expect(screen.getByText('内容：旧的')).toBeTruthy();
    expect(pageEvents.toasts).toEqual(['服务器出错了（502），请稍后重试']);
  });

  it('loads again when the page shows again, but not on the first show that comes with the mount', async () => {
    const first = deferred<string>();
    const load = vi.fn((id: number) => (load.mock.calls.length === 1 ? first.promise : Promise.resolve(`第${id}篇`)));
    render(<Page id={1} load={load} />);
    // The framework fires the page's show while the mount's load is still on its way.
    await act(async () => lastOf(pageEvents.didShow)());
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve('第1篇'));
    await act(async () => lastOf(pageEvents.didShow)());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reloads a panel mounted after its page showed on the first return to that page', async () => {
    const load = vi.fn((id: number) => Promise.resolve(`第${id}篇`));
    render(<Page id={1} load={load} />);
    await act(async () => undefined);
    await act(async () => lastOf(pageEvents.didShow)());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never shows an older answer that arrives after a newer one', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const { rerender } = render(<Page id={1} load={(id) => (id === 1 ? slow.promise : fast.promise)} />);
    rerender(<Page id={2} load={(id) => (id === 1 ? slow.promise : fast.promise)} />);
    await act(async () => fast.resolve('新的'));
    await act(async () => slow.resolve('旧的'));
    expect(screen.getByText('内容：新的')).toBeTruthy();
    expect(screen.queryByText('内容：旧的')).toBeNull();
  });
});
