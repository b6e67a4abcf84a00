export * from '../generated/client';
export { createDb, rawTransaction, type CreateDbOptions, type Db, type DbHandle, type DbKind, type RawQuery } from './db';
export { applyMigrations, MigrationError, type MigrationTarget } from './migrate';
export { createTestDb, type TestDb } from './testing';
export { openPGlite, PGLITE_EXTENSIONS } from './pglite';
