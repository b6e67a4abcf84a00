import { Prisma, type PrismaClient } from '@wuxie/prisma';
import type { Logger } from 'pino';

export interface ReadCounterOptions {
  /** How long one reader's reads of one article count once. */
  dedupeWindowMs?: number;
  /** Most (article, reader) pairs remembered; the oldest are forgotten first. */
  maxRemembered?: number;
  /** How long counts wait in memory before one batched UPDATE writes them. */
  flushAfterMs?: number;
  logger?: Logger;
}

const FLUSH_CHUNK = 500;

/**
 * Counts article reads in memory and writes them in batches, so a view never waits on (or
 * causes) its own database write. A reader (user id, else client address) counts once per
 * article per window. Counts not yet flushed are lost if the process dies without `stop()`;
 * that is the price of not writing per view, and read counts can bear it.
 */
export class ReadCounter {
  private readonly pending = new Map<number, number>();
  private readonly seen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly dedupeWindowMs: number;
  private readonly maxRemembered: number;
  private readonly flushAfterMs: number;

  constructor(
    private readonly db: PrismaClient,
    private readonly options: ReadCounterOptions = {},
  ) {
    this.dedupeWindowMs = options.dedupeWindowMs ?? 60 * 60_000;
    this.maxRemembered = options.maxRemembered ?? 100_000;
    this.flushAfterMs = options.flushAfterMs ?? 5_000;
  }

  /** Records one read; false when this reader was already counted for this article in the window. */
  record(articleId: number, reader: string, now = Date.now()): boolean {
    const key = `${articleId}|${reader}`;
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    // Re-inserting moves the pair to the end, so the map stays ordered by expiry.
    this.seen.delete(key);
    this.seen.set(key, now + this.dedupeWindowMs);
    this.forgetOldest(now);
    this.pending.set(articleId, (this.pending.get(articleId) ?? 0) + 1);
    this.timer ??= setTimeout(() => void this.flush(), this.flushAfterMs).unref();
    return true;
  }

  /** Reads of this article counted here and not yet written. */
  pendingFor(articleId: number): number {
    return this.pending.get(articleId) ?? 0;
  }

  /** (article, reader) pairs currently remembered. */
  get rememberedCount(): number {
    return this.seen.size;
  }

  /** Writes every pending count in as few UPDATEs as possible; counts that fail to write are kept for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  /** Stops the timer and writes what is pending (call before closing the database). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async writePending(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (let i = 0; i < batch.length; i += FLUSH_CHUNK) {
      const chunk = batch.slice(i, i + FLUSH_CHUNK);
      const values = Prisma.join(chunk.map(([id, n]) => Prisma.sql`(${id}::int, ${n}::int)`));
      try {
        await this.db
          .$executeRaw`UPDATE "Article" AS a SET "readCount" = a."readCount" + v.n FROM (VALUES ${values}) AS v(id, n) WHERE a.id = v.id`;
      } catch (err) {
        for (const [id, n] of chunk) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
        this.options.logger?.error({ err }, 'writing read counts failed; they are kept for the next flush');
      }
    }
    if (this.pending.size > 0) this.timer ??= setTimeout(() => void this.flush(), this.flushAfterMs).unref();
  }

  private forgetOldest(now: number): void {
    if (this.seen.size <= this.maxRemembered) return;
    for (const [key, until] of this.seen) {
      if (this.seen.size <= this.maxRemembered && until > now) break;
      this.seen.delete(key);
    }
  }
}

const counters = new WeakMap<PrismaClient, ReadCounter>();

/** The read counter of this database client (one per process in production, one per test app). */
export function readCounterFor(db: PrismaClient, options?: ReadCounterOptions): ReadCounter {
  let counter = counters.get(db);
  if (!counter) {
    counter = new ReadCounter(db, options);
    counters.set(db, counter);
  }
  return counter;
}
