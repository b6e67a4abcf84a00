import type { PrismaClient } from '@wuxie/prisma';
import { etagOf } from '../../lib/http-cache';

/** A rendered public answer: the JSON text and its ETag, computed once per cache fill. */
export interface RenderedJson {
  body: string;
  etag: string;
}

export interface PublicCacheOptions {
  /** How long an entry is served before it is loaded again (bounds staleness across instances). */
  ttlMs?: number;
  /** Most bytes of JSON kept; the oldest entries go first. */
  maxBytes?: number;
  now?: () => number;
}

interface Entry extends RenderedJson {
  expiresAt: number;
}

/**
 * The rendered feed pages and articles, kept in this process for a few seconds so a busy feed is
 * answered from memory rather than from the database on every request.
 *
 * Every article write in this process calls `invalidate()` after it commits, so this instance
 * never serves a page older than the last change it made; other instances (several servers on
 * one PostgreSQL) see the change within `ttlMs`. A load that started before an invalidation is
 * not stored (generation check), and concurrent misses on one key share one load.
 * See docs/decisions/010-request-overhead.md.
 */
export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<RenderedJson>>();
  private generation = 0;
  private bytes = 0;
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: PublicCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5_000;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** The cached answer for `key`, or `load()`'s, rendered and kept for the next requests. */
  get(key: string, load: () => Promise<unknown>): Promise<RenderedJson> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return Promise.resolve(hit);
    const flightKey = `${this.generation}|${key}`;
    const inFlight = this.loading.get(flightKey);
    if (inFlight) return inFlight;
    const started = this.generation;
    const pending = load()
      .then((payload) => {
        const body = JSON.stringify(payload);
        const rendered = { body, etag: etagOf(body) };
        if (started === this.generation) this.store(key, rendered);
        return rendered;
      })
      .finally(() => this.loading.delete(flightKey));
    this.loading.set(flightKey, pending);
    return pending;
  }

  /** Forgets everything; loads already running will not be stored. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, rendered: RenderedJson): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, { ...rendered, expiresAt: this.now() + this.ttlMs });
    this.bytes += rendered.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}

const caches = new WeakMap<PrismaClient, PublicCache>();

/** The public news cache of this database client (one per process in production, one per test app). */
export function publicNewsCacheFor(db: PrismaClient): PublicCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PublicCache();
    caches.set(db, cache);
  }
  return cache;
}
