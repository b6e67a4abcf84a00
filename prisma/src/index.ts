export * from '../generated/client';
export { createDb, rawRows, type CreateDbOptions, type Db, type DbHandle, type DbKind } from './db';
export { applyMigrations, MigrationError, type MigrationTarget } from './migrate';
export { createTestDb, type TestDb } from './testing';
export { openPGlite, PGLITE_EXTENSIONS } from './pglite';
