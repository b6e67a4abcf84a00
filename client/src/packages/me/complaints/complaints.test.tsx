// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { complaintsApi, type ComplaintSummary } from '@wuxie/shared/complaints';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Taro's page events, driven by the test: what the page would receive from the framework.
const page = vi.hoisted(() => ({ didShow: [] as (() => void)[] }));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    reLaunch: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return {
    default: Taro,
    ...Taro,
    useRouter: () => ({ path: '/packages/me/complaints/index', params: {} }),
    useDidShow: (fn: () => void) => void page.didShow.push(fn),
    usePullDownRefresh: vi.fn(),
    useReachBottom: vi.fn(),
  };
});

// The API at its boundary: each endpoint answers what the test says.
const server = vi.hoisted(() => ({
  answers: new Map<unknown, () => Promise<unknown>>(),
  calls: [] as { endpoint: unknown; input: unknown }[],
}));
vi.mock('@/api', () => ({
  api: {
    call: (endpoint: unknown, input: unknown) => {
      server.calls.push({ endpoint, input });
      return server.answers.get(endpoint)?.() ?? new Promise(() => undefined);
    },
  },
}));
vi.mock('@/stores', () => ({ useSession: () => ({ user: { id: 5, roles: ['resident'] } }), useCareMode: () => false }));
vi.mock('@/hooks/use-route-guard', () => ({ useRouteGuard: () => 'allow' }));
const nav = vi.hoisted(() => ({ go: vi.fn() }));
vi.mock('@/lib/nav', () => nav);
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

const { default: MyComplaintsPage } = await import('./index');

const mine: ComplaintSummary = {
  id: 31,
  number: 'TS20261203001',
  title: '电梯频繁故障困人',
  category: 'elevator',
  status: 'assigned',
  communityName: '锡山花园',
  companyName: '无锡某物业服务有限公司',
  createdAt: '2026-12-01T02:00:00.000Z',
  acceptDueAt: '2026-12-02T02:00:00.000Z',
  replyDueAt: '2026-12-05T02:00:00.000Z',
  overdue: null,
  anonymous: false,
  reopenCount: 0,
  satisfaction: null,
  residentName: null,
};

/** The page's show handler as the framework holds it: the one of the latest render. */
const showAgain = () => {
  const show = page.didShow[page.didShow.length - 1];
  if (!show) throw new Error('the page registered no show handler');
  show();
};

const answer = (items: ComplaintSummary[]) =>
  server.answers.set(complaintsApi.listMine, () => Promise.resolve({ items, nextCursor: null }));

afterEach(() => {
  cleanup();
  server.answers.clear();
  server.calls.length = 0;
  page.didShow.length = 0;
  nav.go.mockClear();
});

describe('我的 → 我的投诉', () => {
  it('lists the resident’s own complaints, and a tap opens the complaint', async () => {
    answer([mine]);
    render(<MyComplaintsPage />);
    fireEvent.click(await screen.findByText('电梯频繁故障困人'));
    expect(server.calls).toEqual([{ endpoint: complaintsApi.listMine, input: { query: { cursor: undefined } } }]);
    expect(nav.go).toHaveBeenCalledWith('complaintDetail', { id: 31 });
  });

  it('offers 我要投诉 when there are none yet', async () => {
    answer([]);
    render(<MyComplaintsPage />);
    fireEvent.click(await screen.findByText('我要投诉'));
    expect(screen.getByText('还没有投诉记录')).toBeTruthy();
    expect(nav.go).toHaveBeenCalledWith('complaintNew');
  });

  it('shows the new state when the page shows again (back from filing or rating), not on the first show', async () => {
    answer([]);
    render(<MyComplaintsPage />);
    // The framework shows the page while the mount's load is on its way: no second load then.
    act(showAgain);
    await screen.findByText('我要投诉');
    expect(server.calls).toHaveLength(1);
    answer([mine]);
    await act(async () => showAgain());
    expect(screen.getByText('电梯频繁故障困人')).toBeTruthy();
    expect(server.calls).toHaveLength(2);
  });
});
