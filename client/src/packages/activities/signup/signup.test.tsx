// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { activitiesApi, type ActivityDetail, type ActivitySubscription, type SignupResult } from '@wuxie/shared/activities';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tarojs/taro', () => {
  const Taro = {
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    getStorageSync: () => '',
    setStorageSync: vi.fn(),
    removeStorageSync: vi.fn(),
  };
  return { default: Taro, ...Taro, useRouter: () => ({ params: { id: '7' } }), useDidShow: vi.fn(), usePullDownRefresh: vi.fn() };
});

// The API at its boundary: each endpoint answers when the test says so.
const server = vi.hoisted(() => ({ answers: new Map<unknown, Promise<unknown>>(), calls: [] as unknown[] }));
vi.mock('@/api', () => ({
  api: {
    call: (endpoint: unknown, input: unknown) => {
      server.calls.push({ endpoint, input });
      return server.answers.get(endpoint) ?? new Promise(() => undefined);
    },
  },
}));

// WeChat's subscription dialog: stays open (never answers) unless a test says otherwise.
const wechat = vi.hoisted(() => ({ requestSubscriptions: vi.fn((_: unknown) => new Promise<void>(() => undefined)) }));
vi.mock('@/api/subscribe', () => ({ requestSubscriptions: wechat.requestSubscriptions }));
vi.mock('@/hooks/use-route-guard', () => ({ useRouteGuard: () => 'allow' }));
vi.mock('@/lib/nav', () => ({ go: vi.fn() }));
vi.mock('@/ui', () => ({
  Button: ({ children, onClick, className }: { children: string; onClick: () => void; className?: string }) => (
    <button className={className} onClick={onClick}>
      {children}
    </button>
  ),
  Input: () => <input />,
  Empty: ({ title }: { title: string }) => <div>{title}</div>,
  Skeleton: () => <div>…</div>,
}));

const { default: SignupPage } = await import('./index');

const at = '2030-03-08T01:00:00.000Z';
const activity: ActivityDetail = {
  id: 7,
  type: 'training',
  title: '物业服务礼仪培训',
  coverUrl: null,
  place: '协会三楼会议室',
  online: false,
  startAt: at,
  endAt: '2030-03-08T04:00:00.000Z',
  signupStartAt: '2030-03-01T01:00:00.000Z',
  signupEndAt: '2030-03-07T10:00:00.000Z',
  capacity: 30,
  confirmedCount: 3,
  seatsLeft: 27,
  waitlistEnabled: true,
  audience: 'everyone',
  cancelRule: 'until_deadline',
  status: 'published',
  phase: 'open',
  description: '',
  onlineUrl: null,
  extraFields: [],
  waitlistCount: 0,
  myRegistration: null,
  signup: { allowed: true, message: null },
};
const signedUp: SignupResult = {
  id: 51,
  activityId: 7,
  status: 'confirmed',
  waitlistPosition: null,
  ticketCode: '51-ABCDE-FGHJK',
  extra: {},
  registeredByOther: false,
  checkedInAt: null,
  result: null,
  score: null,
  certificateNo: null,
  certificateAt: null,
  promotedAt: null,
  createdAt: at,
  message: '报名成功，签到时出示电子票',
};
const templates: ActivitySubscription = { waitlistPromoted: 'tmpl-waitlist', reminder: 'tmpl-reminder' };

const signUpCalls = () => server.calls.filter((c) => (c as { endpoint: unknown }).endpoint === activitiesApi.signUp);

beforeEach(() => {
  server.answers.set(activitiesApi.getActivity, Promise.resolve(activity));
  server.answers.set(activitiesApi.signUp, Promise.resolve(signedUp));
});

afterEach(() => {
  cleanup();
  server.answers.clear();
  server.calls.length = 0;
  wechat.requestSubscriptions.mockClear();
});

describe('signing up for an activity', () => {
  it('asks WeChat for both messages inside the tap, before anything is awaited, and signs up without waiting for the answer', async () => {
    server.answers.set(activitiesApi.subscription, Promise.resolve(templates));
    render(<SignupPage />);
    const submit = await screen.findByText('提交报名');

    // WeChat shows the dialog only when asked synchronously in the tap: checked before any microtask runs.
    fireEvent.click(submit);
    expect(wechat.requestSubscriptions).toHaveBeenCalledTimes(1);
    expect(wechat.requestSubscriptions).toHaveBeenCalledWith({ waitlist_promoted: 'tmpl-waitlist', activity_reminder: 'tmpl-reminder' });

    // The dialog never answers here, and the sign-up still goes through.
    expect(await screen.findByText('报名成功')).toBeTruthy();
    expect(signUpCalls()).toEqual([{ endpoint: activitiesApi.signUp, input: { params: { id: 7 }, body: { extra: {} } } }]);
  });

  it('signs up without asking when the template ids have not arrived yet', async () => {
    render(<SignupPage />);
    fireEvent.click(await screen.findByText('提交报名'));
    expect(await screen.findByText('报名成功')).toBeTruthy();
    expect(wechat.requestSubscriptions).not.toHaveBeenCalled();
    expect(signUpCalls()).toHaveLength(1);
  });

  it('does not ask while the form still has a problem to fix', async () => {
    server.answers.set(
      activitiesApi.getActivity,
      Promise.resolve({ ...activity, extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number' as const, required: true }] }),
    );
    server.answers.set(activitiesApi.subscription, Promise.resolve(templates));
    render(<SignupPage />);
    const submit = await screen.findByText('提交报名');
    await act(async () => fireEvent.click(submit));
    expect(wechat.requestSubscriptions).not.toHaveBeenCalled();
    expect(signUpCalls()).toHaveLength(0);
  });
});
