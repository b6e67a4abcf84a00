import { createRequire } from 'node:module';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import { createRouter } from '../../lib/route';
import * as routes from './system.routes';

const startedAt = Date.now();
const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
export const API_VERSION = '0.1.0';

export const systemRouter = createRouter().openapi(routes.health, async (c) => {
  const { db, dbKind } = c.var.deps;
  const up = await db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const body = {
    ok: up,
    db: up ? ('up' as const) : ('down' as const),
    dbKind,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    version: API_VERSION,
  };
  return up ? c.json(body, HttpStatus.OK) : c.json(body, HttpStatus.SERVICE_UNAVAILABLE);
});

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>物协通 API 文档</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true, persistAuthorization: true });`;

/** The OpenAPI document (generated from the same zod schemas that validate) and a browsable UI served from our own files. */
export function mountApiDocs(api: OpenAPIHono<AppEnv>): void {
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '物协通 API',
      version: API_VERSION,
      description: '物业管理协会小程序的接口。错误统一为 ApiError；x-access 标明谁可以调用。',
    },
    servers: [{ url: '/api' }],
  });
  api.get('/docs', (c) => c.html(DOCS_HTML));
  api.get('/docs/init.js', (c) => c.body(DOCS_INIT, HttpStatus.OK, { 'content-type': 'text/javascript; charset=utf-8' }));
  api.get(
    '/docs/assets/:file{swagger-ui\\.css|swagger-ui-bundle\\.js}',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace(/^\/api\/docs\/assets/, '') }),
  );
}
