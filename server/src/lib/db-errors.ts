import { Prisma } from '@wuxie/prisma';

/**
 * True when a query failed on a unique constraint. Typed queries report P2002; raw queries through
 * a driver adapter report P2010 with the PostgreSQL code 23505 (or the adapter's kind
 * UniqueConstraintViolation) in `meta`.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  if (error.code !== 'P2010') return false;
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes('23505') || meta.includes('UniqueConstraintViolation');
}
