import type { Me, Session } from '@wuxie/shared/auth';
import type { RedeemResult } from '@wuxie/shared/members';
import { afterEach, describe, expect, it, vi } from 'vitest';

// WeChat's client APIs, faked at the boundary: storage in a Map, and a server that binds the code
// and, on refresh, issues a token that carries the new worker role and company.
const wx = vi.hoisted(() => ({
  storage: new Map<string, string>(),
  requests: [] as { url: string; method: string; header: Record<string, string>; data: unknown }[],
}));
vi.mock('@tarojs/taro', () => {
  const Taro = {
    getStorageSync: (key: string) => wx.storage.get(key) ?? '',
    setStorageSync: (key: string, value: string) => void wx.storage.set(key, value),
    removeStorageSync: (key: string) => void wx.storage.delete(key),
    getCurrentPages: () => [],
    navigateTo: vi.fn(),
    request: (req: { url: string; method: string; header: Record<string, string>; data: unknown }) => {
      wx.requests.push(req);
      if (req.url.endsWith('/api/invitations/redeem')) return Promise.resolve({ statusCode: 200, data: REDEEMED });
      if (req.url.endsWith('/api/auth/refresh')) return Promise.resolve({ statusCode: 200, data: session('access-2', BOUND) });
      return Promise.resolve({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '接口不存在' } } });
    },
  };
  return { default: Taro, ...Taro };
});

const RESIDENT: Me = {
  id: 7,
  name: '李师傅',
  username: null,
  phone: '13800000007',
  avatarUrl: null,
  roles: ['resident'],
  company: null,
  hasWechat: true,
  privacyAgreed: true,
};
const BOUND: Me = { ...RESIDENT, roles: ['resident', 'worker'], company: { id: 3, name: '淮南安居物业' } };
const REDEEMED: RedeemResult = {
  company: { id: 3, name: '淮南安居物业' },
  roles: ['resident', 'worker'],
  refreshSession: true,
  message: '已绑定 淮南安居物业',
};

function session(accessToken: string, user: Me): Session {
  return { accessToken, expiresIn: 900, refreshToken: `refresh-of-${accessToken}-xxxxxxxxxxxxxxxx`, user };
}

const { sessions } = await import('@/api');
const { redeemInvitation } = await import('./invitations');

afterEach(() => {
  wx.requests.length = 0;
  sessions.clear();
});

describe('redeeming an invitation code', () => {
  it('binds with the code, then swaps the session for one whose token carries the worker role', async () => {
    sessions.save(session('access-1', RESIDENT));

    const result = await redeemInvitation('7KQ4M2XP');

    expect(result.company.name).toBe('淮南安居物业');
    expect(wx.requests.map((r) => [r.method, new URL(r.url, 'http://x').pathname])).toEqual([
      ['POST', '/api/invitations/redeem'],
      ['POST', '/api/auth/refresh'],
    ]);
    expect(wx.requests[0]?.data).toEqual({ code: '7KQ4M2XP' });
    expect(wx.requests[0]?.header.Authorization).toBe('Bearer access-1');
    expect(wx.requests[1]?.data).toEqual({ refreshToken: 'refresh-of-access-1-xxxxxxxxxxxxxxxx' });
    expect(sessions.get()?.accessToken).toBe('access-2');
    expect(sessions.get()?.user).toMatchObject({ roles: ['resident', 'worker'], company: { id: 3 } });
  });
});
