import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './context';
import { HttpStatus } from './http-status';

export interface CachePolicy {
  /** Seconds a cache may serve the answer without asking. */
  maxAge: number;
  /** Seconds after that it may still serve it while it revalidates in the background. */
  staleWhileRevalidate: number;
}

/** Feed pages change whenever anything is published: caches keep them briefly. */
export const FEED_CACHE: CachePolicy = { maxAge: 15, staleWhileRevalidate: 60 };
/** An article rarely changes once published. */
export const ARTICLE_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 300 };

/** A weak ETag from the JSON body itself, so it changes exactly when what a reader sees changes. */
export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match matches when it is `*` or lists the tag (weak comparison, RFC 9110 §13.1.2). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Answers a public GET with rendered JSON, its ETag and Cache-Control; 304 without a body when
 * the client already holds this version. The answer is the same for everyone (no per-user fields).
 */
export function answerRendered(c: Context<AppEnv>, { body, etag }: { body: string; etag: string }, policy: CachePolicy): Response {
  const headers = {
    ETag: etag,
    'Cache-Control': `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
  };
  if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) return c.body(null, HttpStatus.NOT_MODIFIED, headers);
  return c.body(body, HttpStatus.OK, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
}
