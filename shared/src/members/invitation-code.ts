import { z } from 'zod';

/**
 * Invitation codes are typed by hand from a chat message or a poster, so they use an alphabet
 * without look-alikes (no 0/O, 1/I/L) and are read case-insensitively. 31^8 ≈ 8.5 × 10^11
 * codes, and redeeming is rate-limited, so guessing one is hopeless.
 */
export const INVITATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITATION_CODE_LENGTH = 8;

/** Limits a company admin chooses within. */
export const INVITATION_MAX_USES_LIMIT = 500;
export const INVITATION_VALID_DAYS_LIMIT = 90;

const CODE_PATTERN = new RegExp(`^[${INVITATION_CODE_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);

/** What a worker types: spaces and dashes dropped, lowercase accepted, then checked for shape. */
export const invitationCodeSchema = z
  .string({ error: '请填写邀请码' })
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .superRefine((code, ctx) => {
    if (code.length === 0) ctx.addIssue({ code: 'custom', message: '请填写邀请码' });
    else if (code.length !== INVITATION_CODE_LENGTH)
      ctx.addIssue({ code: 'custom', message: `邀请码应为 ${INVITATION_CODE_LENGTH} 位，当前为 ${code.length} 位` });
    else if (!CODE_PATTERN.test(code))
      ctx.addIssue({ code: 'custom', message: '邀请码只含数字 2–9 和大写字母（没有 0、O、1、I、L），请核对' });
  });

/** Where an invitation code stands. */
export const INVITATION_STATES = ['active', 'expired', 'revoked', 'used_up'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  active: '可使用',
  expired: '已过期',
  revoked: '已作废',
  used_up: '已用完',
};

/** The state of a code at `now`; revoked wins over the others, then used up, then expired. */
export function invitationState(
  code: { expiresAt: Date; revokedAt: Date | null; usedCount: number; maxUses: number },
  now: Date,
): InvitationState {
  if (code.revokedAt) return 'revoked';
  if (code.usedCount >= code.maxUses) return 'used_up';
  if (code.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Why a code cannot be used, as the worker reads it. */
export const INVITATION_REFUSALS: Record<Exclude<InvitationState, 'active'> | 'unknown', string> = {
  unknown: '邀请码不存在，请核对后重新输入（不区分大小写）',
  expired: '邀请码已过期，请向本单位管理员索取新的邀请码',
  revoked: '邀请码已被管理员作废，请向本单位管理员索取新的邀请码',
  used_up: '邀请码的使用次数已用完，请向本单位管理员索取新的邀请码',
};
