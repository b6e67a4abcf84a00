import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The contrib extensions our migrations create (pg_trgm: trigram indexes for news search, which
 * work on Chinese text). PGlite bundles each as a separate file, loaded only when asked for, so
 * every instance that runs or replays the migrations must be opened with them.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/** Opens PGlite (a folder, or in memory when dataDir is undefined) with the extensions the migrations need. */
export function openPGlite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  // new PGlite(undefined, options) would drop the options: PGlite reads them from the first argument
  // unless that is a string.
  return new PGlite({
    ...options,
    ...(dataDir === undefined ? {} : { dataDir }),
    extensions: { ...PGLITE_EXTENSIONS, ...options.extensions },
  });
}
