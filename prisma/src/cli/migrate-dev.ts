import { parseArgs } from 'node:util';
import { applyMigrations } from '../migrate';
import { createMigration } from '../migrate-dev';
import { localDatabaseTarget } from './migrate';

const usage = 'Usage: pnpm db:migrate:dev --name <what_changed> [--create-only]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { name: { type: 'string', short: 'n' }, 'create-only': { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.name === undefined || values.name.trim() === '') {
    console.error(`Missing --name.\n${usage}`);
    return 2;
  }
  const started = Date.now();
  const created = await createMigration({ name: values.name, log: (line) => console.log(line) });
  if (created.name === null) console.log('No changes: schema.prisma matches the migrations folder. Nothing written.');
  else console.log(`Migration ${created.name} written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (values['create-only']) return 0;

  // Like `prisma migrate dev`: bring the local database up to date with the folder.
  const target = localDatabaseTarget();
  const { applied } = await applyMigrations(target.target, (line) => console.log(line));
  console.log(applied.length === 0 ? `${target.label} is up to date.` : `Applied ${applied.length} migration(s) to ${target.label}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
