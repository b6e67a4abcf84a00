import type { PrismaClient } from '../../generated/client';
import type { Db } from '../factories';

/** The client seedDemo accepts; the seed itself runs inside one interactive transaction. */
export type SeedClient = PrismaClient;
export type { Db };

/** Insert rows with createMany in slices, so one statement never carries too many parameters. */
export async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>, size = 1000): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size));
  }
}

/** An openid-shaped identifier (o + 27 url-safe characters) for generated WeChat users. */
export function fakeOpenid(seq: number, hex: string): string {
  return `o${hex.slice(0, 18)}${seq.toString(36).padStart(9, '0')}`;
}
