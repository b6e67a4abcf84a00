import { z } from 'zod';
import { endpoint } from '../common/endpoint';

export const healthSchema = z
  .object({
    ok: z.boolean(),
    db: z.enum(['up', 'down']),
    dbKind: z.enum(['pglite', 'postgres']),
    uptimeSeconds: z.number(),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;

/** 系统: the readiness probe. */
export const systemApi = {
  health: endpoint({ method: 'get', path: '/health', response: healthSchema, access: 'public' }),
};
