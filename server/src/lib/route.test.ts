import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createRouter, defineRoute } from './route';

describe('defineRoute', () => {
  it('writes the access rule and the shared error responses into the OpenAPI document', () => {
    const router = createRouter().openapi(
      defineRoute({
        method: 'get',
        path: '/things',
        access: ['staff'],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: z.object({ n: z.number() }) } } } },
      }),
      (c) => c.json({ n: 1 }, 200),
    );
    const doc = router.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const op = doc.paths?.['/things']?.get as Record<string, unknown> & { responses: Record<string, unknown> };
    expect(op['x-access']).toEqual(['staff']);
    expect(op.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '401', '403', '422', '500']);
  });
});
