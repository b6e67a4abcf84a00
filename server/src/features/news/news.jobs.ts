import type { PrismaClient } from '@wuxie/prisma';
import type { Logger } from 'pino';
import { publishDueArticles } from './news.service';
import { readCounterFor } from './read-counter.cache';

/**
 * The news background work of one server process: publishes scheduled articles when due (checked
 * every `intervalMs`, so an article appears at most that late) and, on stop, writes the read
 * counts still held in memory.
 */
export function startNewsJobs(opts: { db: PrismaClient; logger: Logger; intervalMs?: number }): { stop(): Promise<void> } {
  const { db, logger } = opts;
  const run = () =>
    publishDueArticles(db)
      .then((ids) => {
        if (ids.length > 0) logger.info({ ids }, 'scheduled articles published');
      })
      .catch((err: unknown) => logger.error({ err }, 'publishing scheduled articles failed'));
  void run();
  const timer = setInterval(() => void run(), opts.intervalMs ?? 15_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await readCounterFor(db, { logger }).stop();
    },
  };
}
