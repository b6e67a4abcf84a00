// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { complaintsApi } from '@wuxie/shared/complaints';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Opened from a desk figure: one company's complaints of one status.
vi.mock('@tarojs/taro', () => {
  const Taro = {
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    reLaunch: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  const route = { path: '/packages/complaints/ledger/index', params: { status: 'assigned', companyId: '12' } };
  return { default: Taro, ...Taro, useRouter: () => route, useDidShow: vi.fn(), usePullDownRefresh: vi.fn(), useReachBottom: vi.fn() };
});

// The API at its boundary: the list is empty; the download is recorded.
const server = vi.hoisted(() => ({ calls: [] as unknown[], downloads: [] as unknown[][] }));
vi.mock('@/api', () => ({
  api: {
    call: (endpoint: unknown, input: unknown) => {
      server.calls.push({ endpoint, input });
      return Promise.resolve({ items: [], nextCursor: null });
    },
    download: (...args: unknown[]) => {
      server.downloads.push(args);
      return Promise.resolve();
    },
  },
}));
vi.mock('@/stores', () => ({ useSession: () => ({ user: { id: 2, roles: ['staff'] } }), useCareMode: () => false }));
vi.mock('@/hooks/use-route-guard', () => ({ useRouteGuard: () => 'allow' }));
vi.mock('@/ui', () => ({
  Button: ({ children, onClick }: { children: string; onClick: () => void }) => <button onClick={onClick}>{children}</button>,
  Input: () => <input />,
  Switch: () => <input type="checkbox" />,
  Empty: ({ title }: { title: string }) => <div>{title}</div>,
  Skeleton: () => <div>…</div>,
}));

const { default: LedgerPage } = await import('./index');

afterEach(() => {
  cleanup();
  server.calls.length = 0;
  server.downloads.length = 0;
});

describe('the complaints ledger', () => {
  it('exports the Excel of exactly what is filtered, without the list’s order or cursor', async () => {
    render(<LedgerPage />);
    await screen.findByText('没有办理中的投诉');
    expect(server.calls).toEqual([
      {
        endpoint: complaintsApi.listLedger,
        input: { query: expect.objectContaining({ status: 'assigned', companyId: 12, order: 'due', cursor: undefined }) as unknown },
      },
    ]);

    await act(async () => fireEvent.click(screen.getByText('导出 Excel')));
    expect(server.downloads).toHaveLength(1);
    const [endpoint, fileName, input] = server.downloads[0] ?? [];
    expect(endpoint).toBe(complaintsApi.exportLedger);
    expect(fileName).toMatch(/^投诉台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(input).toEqual({
      query: { status: 'assigned', category: undefined, companyId: 12, overdue: undefined, from: undefined, to: undefined, q: undefined },
    });
  });
});
