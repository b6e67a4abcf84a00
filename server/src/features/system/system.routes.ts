import { z } from 'zod';
import { defineRoute } from '../../lib/route';

export const healthSchema = z
  .object({
    ok: z.boolean(),
    db: z.enum(['up', 'down']),
    dbKind: z.enum(['pglite', 'postgres']),
    uptimeSeconds: z.number(),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const health = defineRoute({
  method: 'get',
  path: '/health',
  tags: ['系统'],
  summary: '健康检查（含数据库连通性）',
  access: 'public',
  responses: {
    200: { description: '正常', content: { 'application/json': { schema: healthSchema } } },
    503: { description: '数据库不可用', content: { 'application/json': { schema: healthSchema } } },
  },
});
