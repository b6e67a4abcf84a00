import type { Role } from '../../generated/client';
import { chinaTime, mobilePhone, type Random } from '../factories';
import type { Db } from './batch';
import type { SeededCompany, SeededPerson } from './people';

/** Ids of the accounts a demo visitor logs in with (all share the demo password). */
export interface DemoAccounts {
  adminId: number;
  staffId: number;
  companyAdminId: number;
  workerId: number;
  writerId: number;
  residentId: number;
  /** Association staff who review, check in and record follow-ups (admin and staff first). */
  staff: { id: number; name: string }[];
  /** The ten correspondents, the demo writer among them. */
  correspondents: { id: number; name: string; companyId: number }[];
}

const STAFF = [
  { username: 'admin', name: '周海燕', roles: ['admin', 'staff'] },
  { username: 'staff', name: '李明', roles: ['staff'] },
  { username: null, name: '王秀兰', roles: ['staff'] },
  { username: null, name: '陈志刚', roles: ['staff'] },
  { username: null, name: '刘晓燕', roles: ['staff'] },
] as const satisfies readonly { username: string | null; name: string; roles: readonly Role[] }[];

interface Input {
  passwordHash: string;
  demoCompany: SeededCompany;
  companies: readonly SeededCompany[];
  residents: readonly SeededPerson[];
}

/**
 * Turns three workers of the demo company into the `company`, `worker` and `writer` accounts,
 * makes nine workers of other members correspondents, and creates staff and the demo resident.
 */
export async function seedDemoAccounts(db: Db, random: Random, input: Input): Promise<DemoAccounts> {
  const { passwordHash, demoCompany } = input;
  const [companyAdminId, workerId, writerId] = demoCompany.workerIds;
  if (companyAdminId === undefined || workerId === undefined || writerId === undefined) throw new Error('demo company has too few workers');
  await db.user.update({ where: { id: companyAdminId }, data: { username: 'company', passwordHash } });
  await db.user.update({ where: { id: workerId }, data: { username: 'worker', passwordHash } });
  await db.user.update({ where: { id: writerId }, data: { username: 'writer', passwordHash, roles: ['worker', 'correspondent'] } });

  const others = input.companies.filter((c) => c.id !== demoCompany.id && c.level !== 'member').slice(0, 9);
  const correspondentIds = others.map((c) => c.workerIds[3] ?? c.workerIds[1] ?? c.adminId);
  await db.user.updateMany({ where: { id: { in: correspondentIds } }, data: { roles: ['worker', 'correspondent'] } });

  const since = chinaTime(2023, 11, 20, 9);
  const staff: { id: number; name: string }[] = [];
  for (const person of STAFF) {
    const user = await db.user.create({
      data: {
        username: person.username,
        passwordHash: person.username ? passwordHash : null,
        name: person.name,
        phone: mobilePhone(random),
        roles: [...person.roles],
        createdAt: since,
      },
      select: { id: true, name: true },
    });
    staff.push(user);
  }
  const resident = await db.user.create({
    data: {
      username: 'resident',
      passwordHash,
      name: '孙丽华',
      phone: mobilePhone(random),
      roles: ['resident'],
      privacyAgreedAt: since,
      createdAt: since,
    },
    select: { id: true },
  });

  const people = await db.user.findMany({
    where: { id: { in: [writerId, ...correspondentIds] } },
    select: { id: true, name: true, companyId: true },
  });
  const correspondents = people.map((p) => ({ id: p.id, name: p.name, companyId: p.companyId ?? 0 }));
  const [admin, staffUser] = staff;
  if (!admin || !staffUser) throw new Error('staff accounts missing');
  return { adminId: admin.id, staffId: staffUser.id, companyAdminId, workerId, writerId, residentId: resident.id, staff, correspondents };
}

/** An open invitation code of the demo company, so a new worker can bind to it in the demo. */
export async function seedInvitation(db: Db, random: Random, companyId: number, createdById: number, now: Date): Promise<string> {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  let code = '';
  for (let i = 0; i < 8; i += 1) code += alphabet.charAt(random.int(0, alphabet.length - 1));
  await db.invitationCode.create({
    data: { code, companyId, createdById, maxUses: 50, usedCount: 3, expiresAt: new Date(now.getTime() + 60 * 86_400_000), createdAt: now },
  });
  return code;
}
