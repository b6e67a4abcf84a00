import type { Prisma } from '../../generated/client';
import { randomRandom, type Random } from './random';

/** A Prisma client or the client inside an interactive transaction. */
export type Db = Prisma.TransactionClient;

/** Options every factory accepts: pass a seeded Random to get the same rows every run. */
export interface FactoryOptions {
  random?: Random;
}

const shared = randomRandom();

/** The Random to use for one factory call. */
export function randomOf(options: FactoryOptions | undefined): Random {
  return options?.random ?? shared;
}
