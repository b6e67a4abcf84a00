import type { Prisma, PrismaClient } from '@wuxie/prisma';
import type { Caller } from './context';

/** Who did an audited action: the caller, and the request it came with (its id is in the logs). */
export interface Actor extends Caller {
  requestId?: string;
}

/** What an audit row is about; the one spelling of each, so the trail of a thing is one query. */
export const AUDIT_ENTITIES = [
  'activity',
  'article',
  'commendation',
  'community',
  'company',
  'complaint',
  'import',
  'registration',
  'user',
  'work_calendar_day',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** One audited action: `action` is `<thing>.<verb>` (e.g. `activity.publish`). */
export interface AuditEntry {
  action: `${string}.${string}`;
  entity: AuditEntity;
  entityId: number | string;
  detail?: Prisma.InputJsonValue;
}

type Db = Prisma.TransactionClient | PrismaClient;

function row(actor: Actor | null, entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: actor?.userId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    detail: entry.detail ?? {},
    requestId: actor?.requestId ?? null,
  };
}

/** Writes one audit row, inside the caller's transaction when given one; `null` is the server itself (a scheduled job). */
export async function writeAudit(db: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: row(actor, entry) });
}

/** Writes several audit rows of one actor in one statement. */
export async function writeAudits(db: Db, actor: Actor | null, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditLog.createMany({ data: entries.map((e) => row(actor, e)) });
}
