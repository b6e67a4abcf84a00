import { endpoint, multipartFile, xlsxFile } from '@wuxie/shared';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import pino from 'pino';
import { renderError } from '../app';
import { loadEnv } from '../env';
import { requestContext } from '../middlewares/request-context';
import type { AppDeps, AppEnv } from './context';
import { createRouter, defineRoute, errorResponse } from './route';

const deps = { env: loadEnv({ NODE_ENV: 'test' }), logger: pino({ level: 'silent' }) } as unknown as AppDeps;

type Operation = Record<string, unknown> & {
  responses: Record<string, { content?: Record<string, unknown> }>;
  requestBody?: { content: Record<string, unknown> };
};

function documentOf(router: ReturnType<typeof createRouter>) {
  return router.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
}

describe('defineRoute', () => {
  it('writes the endpoint’s access rule and the shared error responses into the OpenAPI document', () => {
    const things = endpoint({ method: 'get', path: '/things', response: z.object({ n: z.number() }), access: ['staff'] });
    const router = createRouter().openapi(defineRoute(things, { tags: ['t'], summary: '东西', ok: '一些东西' }), (c) =>
      c.json({ n: 1 }, 200),
    );
    const op = documentOf(router).paths?.['/things']?.get as Operation;
    expect(op['x-access']).toEqual(['staff']);
    expect(op.security).toEqual([{ bearerAuth: [] }]);
    expect(op.summary).toBe('东西');
    expect(Object.keys(op.responses).sort()).toEqual(['200', '401', '403', '422', '500']);
  });

  it('documents a JSON body with 413 and 415, the success status the endpoint names, and the route’s own errors', () => {
    const create = endpoint({
      method: 'post',
      path: '/things/{id}',
      params: z.object({ id: z.coerce.number() }),
      body: z.object({ name: z.string() }),
      response: z.object({ ok: z.boolean() }),
      status: 201,
      access: 'public',
    });
    const router = createRouter().openapi(
      defineRoute(create, { tags: ['t'], summary: '新建', responses: { 409: errorResponse('重复') } }),
      (c) => c.json({ ok: true }, 201),
    );
    const op = documentOf(router).paths?.['/things/{id}']?.post as Operation;
    expect(op['x-access']).toBe('public');
    expect(op.security).toBeUndefined();
    expect(Object.keys(op.responses).sort()).toEqual(['201', '409', '413', '415', '422', '500']);
    expect(Object.keys(op.requestBody?.content ?? {})).toEqual(['application/json']);
  });

  it('documents a download by its media type and an upload as multipart', () => {
    const download = endpoint({ method: 'get', path: '/roster.xlsx', response: xlsxFile, access: ['staff'] });
    const upload = endpoint({
      method: 'post',
      path: '/import',
      body: multipartFile('请选择文件'),
      response: z.object({ rows: z.number() }),
      access: ['staff'],
    });
    const router = createRouter()
      .openapi(defineRoute(download, { tags: ['t'], summary: '下载' }), (c) => c.body('x', 200))
      .openapi(defineRoute(upload, { tags: ['t'], summary: '上传' }), async (c) =>
        c.json({ rows: (await c.req.valid('form').file.arrayBuffer()).byteLength }, 200),
      );
    const doc = documentOf(router);
    expect(Object.keys((doc.paths?.['/roster.xlsx']?.get as Operation).responses['200']?.content ?? {})).toEqual([xlsxFile.mediaType]);
    expect(Object.keys((doc.paths?.['/import']?.post as Operation).requestBody?.content ?? {})).toEqual(['multipart/form-data']);
  });
});

describe('an upload route', () => {
  const upload = endpoint({
    method: 'post',
    path: '/import',
    body: multipartFile('请选择文件'),
    response: z.object({ bytes: z.number() }),
    access: 'public',
  });
  const router = createRouter().openapi(defineRoute(upload, { tags: ['t'], summary: '上传' }), async (c) =>
    c.json({ bytes: (await c.req.valid('form').file.arrayBuffer()).byteLength }, 200),
  );
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(deps));
  app.onError((error, c) => renderError(error, c.var.requestId, c.var.log, deps));
  app.route('/', router);
  const send = async (body: FormData | string, headers: Record<string, string> = {}) => {
    const res = await app.request('/import', { method: 'POST', body, headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('hands the handler the file of the field file', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(5)], 'a.xlsx'));
    expect(await send(form)).toEqual({ status: 200, body: { bytes: 5 } });
  });

  it('refuses a form without the file, naming the field in Chinese', async () => {
    const form = new FormData();
    form.append('other', 'x');
    expect(await send(form)).toMatchObject({
      status: 422,
      body: { code: 'VALIDATION_FAILED', issues: [{ path: 'file', message: '请选择文件' }] },
    });
  });

  it('refuses a body that is not multipart with the upload’s own words', async () => {
    expect(await send('{}', { 'content-type': 'application/json' })).toMatchObject({
      status: 415,
      body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '请用 multipart/form-data 上传，文件放在字段 file 中' },
    });
  });
});
