import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The CLI insists on a native schema engine it cannot download here; `generate`, `validate` and
// `format` never run it, so any existing file satisfies the check. Migrations go through
// src/migrate.ts (see docs/decisions/002-offline-migrations.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'package.json');

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
});
