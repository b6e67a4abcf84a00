import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { ADMIN_GRANT_EFFECT, ADMIN_REVOKE_EFFECT, maskPhone, type CompanyAdminChange, type Role } from '@wuxie/shared';
import { AppError, conflict, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';

type Tx = Prisma.TransactionClient;

const personSelect = { id: true, name: true, username: true, phone: true, roles: true, companyId: true, disabled: true } as const;
type PersonRow = {
  id: number;
  name: string;
  username: string | null;
  phone: string | null;
  roles: Role[];
  companyId: number | null;
  disabled: boolean;
};

const nameOf = (p: Pick<PersonRow, 'id' | 'name' | 'username'>) => p.name || p.username || `用户${p.id}`;

function change(company: { id: number; name: string }, p: PersonRow, roles: Role[], changed: boolean, message: string): CompanyAdminChange {
  const person = {
    id: p.id,
    name: nameOf(p),
    phone: p.phone ? maskPhone(p.phone) : null,
    roles,
    isAdmin: roles.includes('company_admin'),
    isSelf: false,
  };
  return { company, person, roles, changed, message };
}

async function companyOrThrow(tx: Tx, companyId: number) {
  const company = await tx.company.findUnique({ where: { id: companyId }, select: { id: true, name: true } });
  if (!company) throw notFound('会员单位');
  return company;
}

/** Locks the person's row for the rest of the transaction and reads it afresh. */
async function lockPerson(tx: Tx, userId: number): Promise<PersonRow | null> {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const row = await tx.user.findUnique({ where: { id: userId }, select: personSelect });
  return row ? { ...row, roles: row.roles } : null;
}

async function findTarget(tx: Tx, target: { userId?: number; phone?: string }): Promise<number> {
  if (target.userId !== undefined) {
    const user = await tx.user.findUnique({ where: { id: target.userId }, select: { id: true } });
    if (!user) throw notFound('人员');
    return user.id;
  }
  const phone = target.phone ?? '';
  const matches = await tx.user.findMany({ where: { phone }, select: { id: true }, take: 2 });
  const [only] = matches;
  if (!only) {
    throw new AppError('NOT_FOUND', `没有找到绑定手机号 ${phone} 的账号：请对方先登录物协通并绑定手机号`, [
      { path: 'phone', message: '没有使用这个手机号的账号' },
    ]);
  }
  if (matches.length > 1)
    throw new AppError('CONFLICT', `有多个账号使用手机号 ${phone}，请从本单位人员中选择`, [
      { path: 'phone', message: '多个账号使用这个手机号' },
    ]);
  return only.id;
}

/**
 * Staff make a person the admin of a company. Someone bound to another company is refused (their
 * own company unbinds them first); an unbound person is bound to this one as a worker as well.
 * The row is locked, so a concurrent unbind or grant cannot interleave with the read.
 */
export async function grantCompanyAdmin(
  db: PrismaClient,
  actor: Actor,
  companyId: number,
  target: { userId?: number; phone?: string },
): Promise<CompanyAdminChange> {
  return db.$transaction(async (tx) => {
    const company = await companyOrThrow(tx, companyId);
    const person = await lockPerson(tx, await findTarget(tx, target));
    if (!person) throw notFound('人员');
    if (person.disabled) throw conflict(`${nameOf(person)}的账号已停用，不能设为企业管理员`);
    if (person.companyId !== null && person.companyId !== company.id) {
      const other = await tx.company.findUnique({ where: { id: person.companyId }, select: { name: true } });
      throw conflict(`${nameOf(person)}已绑定“${other?.name ?? '其他单位'}”，不能成为“${company.name}”的管理员；请先由原单位解绑`);
    }
    if (person.companyId === company.id && person.roles.includes('company_admin')) {
      return change(company, person, person.roles, false, `${nameOf(person)}已是“${company.name}”的企业管理员`);
    }
    const added: Role[] = (['worker', 'company_admin'] as const).filter((r) => !person.roles.includes(r));
    const roles: Role[] = [...person.roles, ...added];
    await tx.user.update({ where: { id: person.id }, data: { companyId: company.id, roles } });
    await writeAudit(tx, actor, {
      action: 'company_admin.grant',
      entity: 'company',
      entityId: company.id,
      detail: {
        userId: person.id,
        by: target.userId !== undefined ? 'userId' : 'phone',
        boundNow: person.companyId === null,
        rolesBefore: person.roles,
        rolesAfter: roles,
      },
    });
    return change(company, person, roles, true, `已将${nameOf(person)}设为“${company.name}”的企业管理员。${ADMIN_GRANT_EFFECT}`);
  });
}

/**
 * Staff take the admin role back. The person stays bound to the company as a worker (unbinding is
 * the company's own call); only the admin role goes.
 */
export async function revokeCompanyAdmin(db: PrismaClient, actor: Actor, companyId: number, userId: number): Promise<CompanyAdminChange> {
  return db.$transaction(async (tx) => {
    const company = await companyOrThrow(tx, companyId);
    const person = await lockPerson(tx, userId);
    if (!person || person.companyId !== company.id || !person.roles.includes('company_admin')) throw notFound('本单位的这位企业管理员');
    const rest = person.roles.filter((r) => r !== 'company_admin');
    const roles: Role[] = rest.includes('worker') ? rest : [...rest, 'worker'];
    await tx.user.update({ where: { id: person.id }, data: { roles } });
    await writeAudit(tx, actor, {
      action: 'company_admin.revoke',
      entity: 'company',
      entityId: company.id,
      detail: { userId: person.id, rolesBefore: person.roles, rolesAfter: roles },
    });
    return change(
      company,
      person,
      roles,
      true,
      `已撤销${nameOf(person)}的“${company.name}”企业管理员身份，其仍为本单位从业人员。${ADMIN_REVOKE_EFFECT}`,
    );
  });
}
