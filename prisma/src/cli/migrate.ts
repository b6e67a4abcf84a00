import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyMigrations, isPostgresUrl, type MigrationTarget } from '../migrate';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** DATABASE_URL when it names a PostgreSQL server, else the PGlite folder (WUXIE_DATA_DIR). */
export function localDatabaseTarget(env: NodeJS.ProcessEnv = process.env): { target: MigrationTarget; label: string } {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '' && isPostgresUrl(url)) {
    return { target: { databaseUrl: url }, label: `PostgreSQL ${redact(url)}` };
  }
  const dataDir = env.WUXIE_DATA_DIR || path.join(REPO_ROOT, '.data', 'pglite');
  return { target: { dataDir }, label: `PGlite ${dataDir}` };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function main(): Promise<void> {
  const { target, label } = localDatabaseTarget();
  console.log(`Migrating ${label}`);
  const { applied } = await applyMigrations(target, (line) => console.log(line));
  console.log(applied.length === 0 ? 'Nothing to apply: the database is up to date.' : `Applied ${applied.length} migration(s).`);
}

// Only when run as a script: migrate-dev imports localDatabaseTarget from here.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Exit explicitly: a pg pool or PGlite worker can keep the event loop alive for seconds.
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
