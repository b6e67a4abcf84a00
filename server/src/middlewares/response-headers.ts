import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/context';

/** The same-origin CSP: Taro's H5 runtime injects inline styles; scripts stay same-origin only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** What hono's secureHeaders() sends by default, plus our CSP (values from its HEADERS_MAP): for pages. */
export const DOCUMENT_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * For API answers (JSON, files), the set OWASP's REST Security Cheat Sheet asks of an API: the
 * rest only govern how a browser runs a document, and every header is parsed by every client on
 * every call. The API docs page (/api/docs) is a document and gets the full set.
 */
export const API_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

const isApiCall = (path: string) => path.startsWith('/api/') && !path.startsWith('/api/docs');

export interface ResponseHeaderOptions {
  /** Origins allowed to call the API from another origin (CORS); preflights are answered elsewhere. */
  corsOrigins: readonly string[];
  exposeHeaders: readonly string[];
}

/**
 * Security and CORS headers for every answer, set *before* the handler runs: the full document
 * set for pages, the API set for /api calls.
 *
 * Why not hono's secureHeaders() and cors(): both touch `c.res` (cors before the handler,
 * both after it), which makes Hono copy the handler's response and @hono/node-server turn its
 * lightweight response into a full WHATWG Response with a streamed body — a third of the CPU of
 * a small JSON answer in our profile (docs/decisions/010-request-overhead.md). Headers set with
 * `c.header()` before the handler are merged by `c.json()`/`c.body()` at no extra cost. An
 * answer built by the error handler as a bare Response gets them afterwards (rare path).
 */
export function responseHeaders(options: ResponseHeaderOptions) {
  const expose = options.exposeHeaders.join(',');
  const allowed = new Set(options.corsOrigins);
  return createMiddleware<AppEnv>(async function setResponseHeaders(c, next) {
    let headers = isApiCall(c.req.path) ? API_SECURITY_HEADERS : DOCUMENT_SECURITY_HEADERS;
    if (allowed.size > 0) {
      const origin = c.req.header('origin');
      const cors: Array<readonly [string, string]> = [['Vary', 'Origin']];
      if (origin && allowed.has(origin)) cors.push(['Access-Control-Allow-Origin', origin], ['Access-Control-Expose-Headers', expose]);
      headers = [...headers, ...cors];
    }
    for (const [name, value] of headers) c.header(name, value);
    await next();
    if (c.error) for (const [name, value] of headers) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  });
}
