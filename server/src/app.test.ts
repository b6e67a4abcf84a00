import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../test/test-app';

/** The parts of the OpenAPI document these tests read. */
interface OpenApiDoc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { 'x-access': unknown; responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }>
  >;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: 'https://desk.example.org', BODY_LIMIT_BYTES: '2048' });
});
afterAll(() => closeTestApp(t));

describe('the API skeleton', () => {
  it('reports the database as up on /api/health', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ ok: true, db: 'up' });
  });

  it('answers an unknown route with 404 in the error contract', async () => {
    const res = await t.call('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    const body = await readJson(res);
    expect(body).toMatchObject({ code: 'NOT_FOUND', message: '接口不存在：GET /api/no-such-thing' });
    expect(body.requestId).toEqual(res.headers.get('x-request-id'));
  });

  it('keeps a sane incoming X-Request-Id and replaces a bad one', async () => {
    const kept = await t.call('GET', '/api/health', { headers: { 'x-request-id': 'abc-12345678' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-12345678');
    const replaced = await t.call('GET', '/api/health', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('returns 413 when the body is too large', async () => {
    const res = await t.call('POST', '/api/auth/login/password', { body: { username: 'a'.repeat(5000), password: 'x' } });
    expect(res.status).toBe(413);
    expect((await readJson(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('over a real socket: refuses a declared or a chunked body over the limit, reads one within it', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (body: string, chunked: boolean) =>
      new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login/password', headers }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> }));
        });
        req.on('error', reject);
        if (chunked) {
          req.write(body.slice(0, 1000));
          req.write(body.slice(1000));
        } else req.write(body);
        req.end();
      });
    try {
      const big = JSON.stringify({ username: 'a'.repeat(5000), password: 'x' });
      for (const chunked of [false, true]) {
        const answer = await send(big, chunked);
        expect(answer.status).toBe(413);
        expect(answer.json.code).toBe('PAYLOAD_TOO_LARGE');
      }
      const small = await send(JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }), false);
      expect(small.status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sets the API security headers on API answers and the document set on pages', async () => {
    const api = await t.call('GET', '/api/health');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('strict-transport-security')).toContain('max-age=');
    const docs = await t.call('GET', '/api/docs');
    expect(docs.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(docs.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(docs.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('sets the security headers and the request id on error answers too', async () => {
    for (const res of [
      await t.call('GET', '/api/me'),
      await t.call('GET', '/api/no-such-thing'),
      await t.call('POST', '/api/auth/login/password', { body: '{not json' }),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-request-id')).toBe((await readJson(res)).requestId);
    }
  });

  it('lets a configured origin read answers and the request id, and no other origin', async () => {
    const allowed = await t.call('GET', '/api/health', { headers: { origin: 'https://desk.example.org' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const failed = await t.call('GET', '/api/me', { headers: { origin: 'https://desk.example.org' } });
    expect(failed.status).toBe(401);
    expect(failed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    const other = await t.call('GET', '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('Origin');
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await t.call('OPTIONS', '/api/health', {
      headers: { origin: 'https://desk.example.org', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    const other = await t.call('OPTIONS', '/api/health', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('publishes an OpenAPI document with every route, its access rule and the error schema', async () => {
    const doc = (await readJson(await t.call('GET', '/api/openapi.json'))) as unknown as OpenApiDoc;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/auth/login/password']?.post?.['x-access']).toBe('public');
    expect(doc.paths['/me']?.get?.['x-access']).toBe('authenticated');
    expect(doc.components.schemas.ApiError?.properties.code?.enum).toContain('VALIDATION_FAILED');
    expect(doc.paths['/me']?.get?.responses['401']?.content['application/json']?.schema.$ref).toBe('#/components/schemas/ApiError');
    // A JSON body route documents 413 and 415; a GET does not.
    expect(Object.keys(doc.paths['/auth/login/password']?.post?.responses ?? {})).toEqual(expect.arrayContaining(['413', '415', '422']));
    expect(Object.keys(doc.paths['/me']?.get?.responses ?? {})).not.toContain('415');
  });

  it('serves browsable docs from our own files (no CDN)', async () => {
    const html = await (await t.call('GET', '/api/docs')).text();
    expect(html).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await t.call('GET', '/api/docs/assets/swagger-ui-bundle.js');
    expect(js.status).toBe(200);
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});
