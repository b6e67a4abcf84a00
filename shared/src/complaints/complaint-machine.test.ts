import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  allowedActions,
  checkTransition,
  complaintActorsOf,
  nextStatus,
  statusAfterRating,
} from './complaint-machine';
import { complaintActionBodySchema, createComplaintSchema } from './complaint.schemas';

describe('the complaint state machine', () => {
  it('lets staff accept or reject only a submitted complaint', () => {
    expect(allowedActions('submitted', ['staff'])).toEqual(['accept', 'reject', 'remark']);
    for (const status of COMPLAINT_STATUSES.filter((s) => s !== 'submitted')) {
      expect(checkTransition('accept', status, ['staff']).ok).toBe(false);
    }
  });

  it('refuses by role before state, naming who may act', () => {
    const check = checkTransition('accept', 'submitted', ['resident', 'company']);
    expect(check).toEqual({ ok: false, reason: 'role', message: '只有协会工作人员可以进行「受理」操作' });
  });

  it('names the current state when the state forbids the action', () => {
    const check = checkTransition('reply', 'closed', ['company']);
    expect(check).toMatchObject({ ok: false, reason: 'state', message: '投诉当前状态为「已办结」，不能进行「企业回复」操作' });
  });

  it('gives the company the reply only while it owes one', () => {
    const replyFrom = COMPLAINT_STATUSES.filter((s) => checkTransition('reply', s, ['company']).ok);
    expect(replyFrom).toEqual(['assigned', 'reopened']);
  });

  it('never lets anything leave a rejected or closed complaint except a remark', () => {
    for (const status of ['rejected', 'closed'] as const) {
      expect(allowedActions(status, ['resident', 'company', 'staff'])).toEqual(['remark']);
    }
  });

  it('closes on a satisfied rating, reopens on the first unsatisfied one and mediates the second', () => {
    expect(statusAfterRating('satisfied', 0)).toBe('closed');
    expect(statusAfterRating('basically_satisfied', 1)).toBe('closed');
    expect(statusAfterRating('unsatisfied', 0)).toBe('reopened');
    expect(statusAfterRating('unsatisfied', 1)).toBe('mediating');
    expect(nextStatus('follow_up', 'resolved', { satisfaction: 'unsatisfied', reopenCountBefore: 0 })).toBe('reopened');
  });

  it('declares every action with at least one starting state and one actor', () => {
    for (const action of COMPLAINT_ACTIONS) {
      expect(COMPLAINT_TRANSITIONS[action].from.length).toBeGreaterThan(0);
      expect(COMPLAINT_TRANSITIONS[action].by.length).toBeGreaterThan(0);
    }
  });
});

describe('who the caller is to a complaint', () => {
  const complaint = { residentId: 7, companyId: 3, assignedAt: new Date() };

  it('sees the company only once the complaint was assigned to it', () => {
    const admin = { userId: 9, roles: ['company_admin' as const], adminOfCompany: 3 };
    expect(complaintActorsOf({ caller: admin, complaint })).toEqual(['company']);
    expect(complaintActorsOf({ caller: admin, complaint: { ...complaint, assignedAt: null } })).toEqual([]);
    expect(complaintActorsOf({ caller: { ...admin, adminOfCompany: 4 }, complaint })).toEqual([]);
    // The role in a token no longer counts once the company's admin was revoked.
    expect(complaintActorsOf({ caller: { ...admin, adminOfCompany: null }, complaint })).toEqual([]);
  });

  it('counts admin as staff and the filer as the resident', () => {
    expect(complaintActorsOf({ caller: { userId: 1, roles: ['admin'], adminOfCompany: null }, complaint })).toEqual(['staff']);
    expect(complaintActorsOf({ caller: { userId: 7, roles: ['resident'], adminOfCompany: null }, complaint })).toEqual(['resident']);
  });
});

describe('complaint input schemas', () => {
  const valid = {
    category: 'repair',
    communityId: 1,
    title: '楼道灯坏了',
    description: '三号楼二单元楼道灯坏了一个月',
    contactPhone: '13812345678',
  };

  it('accepts a complete complaint and defaults the switches', () => {
    expect(createComplaintSchema.parse(valid)).toMatchObject({ anonymous: false, allowContact: false, photoKeys: [] });
  });

  it('names the field in every refusal', () => {
    const result = createComplaintSchema.safeParse({
      ...valid,
      title: '灯',
      description: 'x'.repeat(2001),
      contactPhone: '123',
      photoKeys: Array(10).fill('a'.repeat(32) + '.jpg'),
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(['标题至少 4 个字', '问题描述最多 2000 个字', '照片最多 9 张']));
    expect(messages.some((m) => m.includes('手机号'))).toBe(true);
  });

  it('asks for a reason when the rating is unsatisfied', () => {
    const result = complaintActionBodySchema.safeParse({ action: 'follow_up', satisfaction: 'unsatisfied' });
    expect(result.error?.issues[0]?.message).toContain('请写明哪里不满意');
    expect(complaintActionBodySchema.safeParse({ action: 'follow_up', satisfaction: 'satisfied' }).success).toBe(true);
  });

  it('refuses an unknown action with the list of actions', () => {
    const result = complaintActionBodySchema.safeParse({ action: 'delete' });
    expect(result.error?.issues[0]?.message).toContain('操作类型不正确');
  });
});
