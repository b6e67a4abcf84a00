import { randomInt } from 'node:crypto';
import type { PrismaClient } from '@wuxie/prisma';
import {
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
  INVITATION_REFUSALS,
  invitationState,
  type Invitation,
  type RedeemResult,
  type Role,
} from '@wuxie/shared';
import { AppError, conflict, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { isUniqueViolation } from '../../lib/db-errors';

const DAY_MS = 86_400_000;

/** A fresh code: each character drawn from the unambiguous alphabet by a CSPRNG. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i += 1) code += INVITATION_CODE_ALPHABET.charAt(randomInt(INVITATION_CODE_ALPHABET.length));
  return code;
}

const invitationSelect = {
  id: true,
  code: true,
  maxUses: true,
  usedCount: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { name: true, username: true } },
} as const;

type InvitationRow = {
  id: number;
  code: string;
  maxUses: number;
  usedCount: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
  createdBy: { name: string; username: string | null };
};

function toInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    code: row.code,
    maxUses: row.maxUses,
    usedCount: row.usedCount,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy.name || row.createdBy.username || '',
    state: invitationState(row, now),
  };
}

/** A company admin creates a code for their own company (a collision with an existing code is retried). */
export async function createInvitation(
  db: PrismaClient,
  actor: Actor,
  companyId: number,
  input: { maxUses: number; validDays: number },
  now: Date,
): Promise<Invitation> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.invitationCode.create({
          data: {
            code: newInvitationCode(),
            companyId,
            createdById: actor.userId,
            maxUses: input.maxUses,
            expiresAt: new Date(now.getTime() + input.validDays * DAY_MS),
          },
          select: invitationSelect,
        });
        await writeAudit(tx, actor, {
          action: 'invitation.create',
          entity: 'company',
          entityId: companyId,
          detail: { invitationId: row.id, maxUses: input.maxUses, validDays: input.validDays },
        });
        return toInvitation(row, now);
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

/** The company's codes, newest first (the last 100). */
export async function listInvitations(db: PrismaClient, companyId: number, now: Date): Promise<{ items: Invitation[] }> {
  const rows = await db.invitationCode.findMany({ where: { companyId }, select: invitationSelect, orderBy: { id: 'desc' }, take: 100 });
  return { items: rows.map((r) => toInvitation(r, now)) };
}

/** Revokes one of the company's own codes; codes of other companies are "not found". */
export async function revokeInvitation(db: PrismaClient, actor: Actor, companyId: number, id: number, now: Date): Promise<Invitation> {
  return db.$transaction(async (tx) => {
    const changed = await tx.invitationCode.updateMany({ where: { id, companyId, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.invitationCode.findFirst({ where: { id, companyId }, select: invitationSelect });
    if (!row) throw notFound('邀请码');
    if (changed.count === 1)
      await writeAudit(tx, actor, { action: 'invitation.revoke', entity: 'company', entityId: companyId, detail: { invitationId: id } });
    return toInvitation(row, now);
  });
}

/**
 * Binds the caller to the code's company. The use is taken by one conditional UPDATE (not revoked,
 * not expired, usedCount < maxUses), so concurrent workers can never take more uses than the code
 * has; the user row is bound in the same transaction only if still unbound, else both roll back.
 */
export async function redeemInvitation(db: PrismaClient, actor: Actor, code: string, now: Date): Promise<RedeemResult> {
  return db.$transaction(async (tx) => {
    const taken = await tx.$queryRaw<{ id: number; companyId: number }[]>`
      UPDATE "InvitationCode" SET "usedCount" = "usedCount" + 1
      WHERE "code" = ${code} AND "revokedAt" IS NULL AND "expiresAt" > ${now} AND "usedCount" < "maxUses"
      RETURNING "id", "companyId"`;
    const use = taken[0];
    if (!use) {
      const row = await tx.invitationCode.findUnique({
        where: { code },
        select: { expiresAt: true, revokedAt: true, usedCount: true, maxUses: true },
      });
      const state = row ? invitationState(row, now) : 'unknown';
      throw new AppError('CONFLICT', INVITATION_REFUSALS[state === 'active' ? 'used_up' : state]);
    }
    const user = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { roles: true, companyId: true, company: { select: { name: true } } },
    });
    if (!user) throw notFound('用户');
    if (user.companyId === use.companyId) throw conflict(`您已绑定“${user.company?.name ?? ''}”，无需重复绑定`);
    if (user.companyId !== null) throw conflict(`您已绑定“${user.company?.name ?? ''}”，如已离职请先请原单位管理员解绑`);
    const roles: Role[] = user.roles.includes('worker') ? user.roles : [...user.roles, 'worker'];
    const bound = await tx.user.updateMany({ where: { id: actor.userId, companyId: null }, data: { companyId: use.companyId, roles } });
    if (bound.count !== 1) throw conflict('您的账号刚刚绑定了企业，请刷新后查看');
    const company = await tx.company.findUniqueOrThrow({ where: { id: use.companyId }, select: { id: true, name: true } });
    await writeAudit(tx, actor, {
      action: 'invitation.redeem',
      entity: 'company',
      entityId: company.id,
      detail: { invitationId: use.id, userId: actor.userId },
    });
    return {
      company,
      roles,
      refreshSession: true as const,
      message: `已绑定“${company.name}”。登录状态正在更新（POST /api/auth/refresh），之后即可使用从业人员功能`,
    };
  });
}
