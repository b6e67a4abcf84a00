import net, { type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDb } from '@wuxie/prisma';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@wuxie/shared';
import { createApp } from './app';
import { loadEnv } from './env';
import { deliverDueNotifications } from './features/notifications/notifications.service';
import { startNewsJobs } from './features/news/news.jobs';
import { startActivityJobs } from './features/activities/reminders.service';
import { createWechatClient } from './integrations/wechat/wechat-client';
import { createDrain } from './lib/drain';
import { createLogger } from './lib/logger';

const env = loadEnv();
const logger = createLogger(env);

// Pending migrations are applied before the first request; on PostgreSQL under an advisory lock,
// so instances starting together never apply one twice.
const { db, kind, close, applied } = await createDb({
  databaseUrl: env.DATABASE_URL,
  poolMax: env.DATABASE_POOL_MAX,
  dataDir: env.WUXIE_DATA_DIR,
  migrate: true,
});
if (applied.length) logger.info({ applied }, 'migrations applied');

if (env.seedDemo && (await db.user.count()) === 0) {
  const { seedDemo } = await import('@wuxie/prisma/seed');
  const started = Date.now();
  await seedDemo(db);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
}

const wechat = createWechatClient({ appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET, baseUrl: env.WECHAT_API_BASE, db, logger });
const drain = createDrain();
const app = createApp({ env, db, dbKind: kind, logger, wechat }, { drain });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info: AddressInfo) => {
  const host = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
  const url = `http://${host}:${info.port}`;
  logger.info({ url, db: kind }, 'listening');
  const lines = [
    '',
    `  物协通 is running at ${url}/`,
    `  API docs:            ${url}/api/docs`,
    `  Database:            ${kind === 'pglite' ? `PGlite in ${env.WUXIE_DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (env.demoLogin) {
    lines.push('', `  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(10)} ${a.label}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
});

// The outbox worker: pushes due subscription messages every few seconds, in every instance
// (rows are claimed one by one, so instances do not double-send).
const delivery = setInterval(() => {
  deliverDueNotifications({ db, wechat, logger, templateIds: env.templateIds }).catch((err: unknown) =>
    logger.error({ err }, 'notification delivery failed'),
  );
}, 5_000);
delivery.unref();
// Scheduled articles go live when due; read counts buffered in memory are written on stop.
const newsJobs = startNewsJobs({ db, logger });
// Day-before reminders for activities (one instance at a time, under an advisory lock).
const activityJobs = startActivityJobs({ db, logger });

// SIGTERM: stop taking connections, let requests in flight finish, then close the database.
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.warn('requests still open after 10 s; exiting anyway');
    process.exit(1);
  }, 10_000);
  force.unref();
  clearInterval(delivery);
  activityJobs.stop();
  // Stop accepting, but unlike http.Server#close do not drop accepted connections whose request
  // has not been parsed yet: wait until nothing is in flight, then close what is left.
  drain.start();
  net.Server.prototype.close.call(server);
  await drain.settled();
  if ('closeAllConnections' in server) server.closeAllConnections();
  await newsJobs.stop();
  await close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
