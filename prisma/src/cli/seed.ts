import { DEMO_PASSWORD } from '@wuxie/shared';
import { createDb } from '../db';
import { seedDemo } from '../seed';
import { localDatabaseTarget } from './migrate';

// `pnpm db:seed`: migrate the local database (DATABASE_URL or WUXIE_DATA_DIR, default
// <repo>/.data/pglite), then fill it with the demo data unless it already has users.
async function main(): Promise<void> {
  const { target, label } = localDatabaseTarget();
  console.log(`Seeding ${label}`);
  const options =
    'databaseUrl' in target && target.databaseUrl !== undefined
      ? { databaseUrl: target.databaseUrl }
      : { dataDir: 'dataDir' in target ? target.dataDir : undefined };
  const { db, applied, close } = await createDb({ ...options, migrate: true });
  try {
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    const summary = await seedDemo(db);
    if (!summary.seeded) {
      console.log(`The database already has ${summary.counts.users} users; nothing seeded.`);
      return;
    }
    const c = summary.counts;
    console.log(
      `Seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${c.companies} companies, ${c.communities} communities, ${c.users} users, ` +
        `${c.activities} activities, ${c.registrations} registrations, ${c.articles} articles, ${c.complaints} complaints, ` +
        `${c.surveys} surveys, ${c.suggestions} suggestions.`,
    );
    console.log(`Demo accounts (password ${DEMO_PASSWORD}): admin, staff, company, worker, writer, resident`);
  } finally {
    await close();
  }
}

// Exit explicitly: a pg pool or PGlite worker can keep the event loop alive for seconds.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
