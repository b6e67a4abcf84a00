// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

vi.mock('@tarojs/taro', () => {
  const store = new Map<string, string>();
  const Taro = {
    reLaunch: vi.fn(),
    getStorageSync: (k: string) => store.get(k) ?? '',
    setStorageSync: (k: string, v: string) => void store.set(k, v),
    removeStorageSync: (k: string) => void store.delete(k),
    request: vi.fn(),
    getCurrentPages: () => [],
    navigateTo: vi.fn(),
    switchTab: vi.fn(),
  };
  return { default: Taro, ...Taro, useRouter: () => null };
});

// NutUI needs a canvas jsdom lacks; plain stand-ins keep what ErrorState renders (title, message, the retry button).
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

const { default: PageShell, RENDER_FAILED } = await import('./index');

/** Page content that throws while `broken.now` is set, as a render bug in a page would. */
const broken = { now: false };
function Content({ text }: { text: string }) {
  if (broken.now) throw new TypeError("Cannot read properties of undefined (reading 'roles')");
  return <span>{text}</span>;
}

let consoleError: MockInstance;
beforeEach(() => {
  // React and the boundary report the caught error on the console; the test only needs what the page shows.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.addEventListener('error', quiet);
});
/** jsdom reports errors React rethrows in development as uncaught; they are caught, so keep the output clean. */
const quiet = (e: ErrorEvent) => e.preventDefault();
afterEach(() => {
  cleanup();
  broken.now = false;
  consoleError.mockRestore();
  window.removeEventListener('error', quiet);
});

describe('a page whose content throws while rendering', () => {
  it('shows the error with a retry instead of an empty page, and its content again after a successful retry', () => {
    broken.now = true;
    const { container } = render(
      <PageShell>
        <Content text="活动列表" />
      </PageShell>,
    );
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(screen.getByText(RENDER_FAILED)).toBeTruthy();
    expect(container.querySelector('.app-page')).not.toBeNull(); // the theme and 关怀模式 still apply
    expect(consoleError).toHaveBeenCalled();

    broken.now = false;
    fireEvent.click(screen.getByText('重试'));
    expect(screen.getByText('活动列表')).toBeTruthy();
    expect(screen.queryByText('加载失败')).toBeNull();
  });

  it('shows the error again when the retry throws too', () => {
    broken.now = true;
    render(
      <PageShell>
        <Content text="活动列表" />
      </PageShell>,
    );
    fireEvent.click(screen.getByText('重试'));
    expect(screen.getByText(RENDER_FAILED)).toBeTruthy();
    expect(screen.queryByText('活动列表')).toBeNull();
  });

  it('shows the error when content that rendered before throws on a later render (new data, a new session)', () => {
    const { rerender } = render(
      <PageShell>
        <Content text="第一版" />
      </PageShell>,
    );
    expect(screen.getByText('第一版')).toBeTruthy();
    broken.now = true;
    act(() =>
      rerender(
        <PageShell>
          <Content text="第二版" />
        </PageShell>,
      ),
    );
    expect(screen.getByText(RENDER_FAILED)).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByText('重试'));
    expect(screen.getByText('第二版')).toBeTruthy();
  });
});
