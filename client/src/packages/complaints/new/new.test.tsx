// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { complaintsApi, type ComplaintDetail, type ComplaintSubscription } from '@wuxie/shared/complaints';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A draft kept from an earlier visit: the form opens filled in, ready to submit.
const taro = vi.hoisted(() => ({ draft: '', redirectTo: vi.fn(), showToast: vi.fn() }));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    showToast: taro.showToast,
    redirectTo: taro.redirectTo,
    reLaunch: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: (key: string) => (key === 'wuxie.complaint-draft' ? taro.draft : ''),
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return {
    default: Taro,
    ...Taro,
    useRouter: () => ({ path: '/packages/complaints/new/index', params: {} }),
    useDidShow: vi.fn(),
    usePullDownRefresh: vi.fn(),
  };
});

// The API at its boundary: each endpoint answers when the test says so.
const server = vi.hoisted(() => ({ answers: new Map<unknown, Promise<unknown>>(), calls: [] as { endpoint: unknown; input: unknown }[] }));
vi.mock('@/api', () => ({
  api: {
    call: (endpoint: unknown, input: unknown) => {
      server.calls.push({ endpoint, input });
      return server.answers.get(endpoint) ?? new Promise(() => undefined);
    },
  },
}));

// WeChat's subscription prompt: open until the test answers it.
const wechat = vi.hoisted(() => ({ answer: (): void => undefined, requestSubscriptions: vi.fn() }));
vi.mock('@/api/subscribe', () => ({ requestSubscriptions: wechat.requestSubscriptions }));
vi.mock('@/stores', () => ({
  useSession: () => ({ user: { id: 5, roles: ['resident'], phone: '13800000000' } }),
  useCareMode: () => false,
}));
vi.mock('@/hooks/use-route-guard', () => ({ useRouteGuard: () => 'allow' }));
vi.mock('@/ui', () => ({
  Button: ({ children, onClick, className }: { children: string; onClick: () => void; className?: string }) => (
    <button className={className} onClick={onClick}>
      {children}
    </button>
  ),
  Input: () => <input />,
  Switch: () => <input type="checkbox" />,
  Empty: ({ title }: { title: string }) => <div>{title}</div>,
  Skeleton: () => <div>…</div>,
}));

const { default: NewComplaintPage } = await import('./index');

const ready = {
  category: 'elevator',
  community: { id: 3, name: '锡山花园', district: '锡山区', companyName: '无锡某物业服务有限公司' },
  title: '电梯频繁故障困人',
  description: '3 号楼 2 单元电梯本周三次困人，请尽快检修',
  photos: [],
  contactPhone: '13800000000',
  allowContact: false,
  anonymous: false,
  idempotencyKey: 'c-test-key-0001',
};
const filed = { id: 31, number: 'TS20261203001' } as ComplaintDetail;
const templates: ComplaintSubscription = { templateKey: 'complaint_progress', templateId: 'tmpl-progress' };
const submitCalls = () => server.calls.filter((c) => c.endpoint === complaintsApi.submitComplaint);

beforeEach(() => {
  taro.draft = JSON.stringify(ready);
  server.answers.set(complaintsApi.submitComplaint, Promise.resolve(filed));
  wechat.requestSubscriptions.mockImplementation(() => new Promise<void>((resolve) => (wechat.answer = resolve)));
});

afterEach(() => {
  cleanup();
  server.answers.clear();
  server.calls.length = 0;
  wechat.requestSubscriptions.mockReset();
  taro.redirectTo.mockClear();
});

describe('filing a complaint', () => {
  it('asks WeChat for progress messages inside the tap, files without waiting for the answer, and opens the complaint once answered', async () => {
    server.answers.set(complaintsApi.subscription, Promise.resolve(templates));
    render(<NewComplaintPage />);
    await act(async () => undefined);

    // WeChat shows the prompt only when asked synchronously in the tap: checked before any microtask runs.
    fireEvent.click(screen.getByText('提交投诉'));
    expect(wechat.requestSubscriptions).toHaveBeenCalledWith({ complaint_progress: 'tmpl-progress' });

    await act(async () => undefined);
    expect(submitCalls()).toHaveLength(1);
    expect(submitCalls()[0]?.input).toMatchObject({
      body: { communityId: 3, title: '电梯频繁故障困人', idempotencyKey: 'c-test-key-0001' },
    });
    expect(taro.redirectTo).not.toHaveBeenCalled();

    await act(async () => wechat.answer());
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('packages/complaints/detail/index?id=31') as unknown });
  });

  it('does not ask while the form still has a problem to fix', async () => {
    taro.draft = JSON.stringify({ ...ready, title: '' });
    server.answers.set(complaintsApi.subscription, Promise.resolve(templates));
    render(<NewComplaintPage />);
    await act(async () => undefined);
    await act(async () => fireEvent.click(screen.getByText('提交投诉')));
    expect(screen.getByText('标题至少 4 个字')).toBeTruthy();
    expect(wechat.requestSubscriptions).not.toHaveBeenCalled();
    expect(submitCalls()).toHaveLength(0);
  });
});
