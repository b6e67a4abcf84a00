import { ROLES, type Role } from '@wuxie/shared';
import { z } from 'zod';

/** The parts of the OpenAPI document the harness and the drills read. */
const parameterSchema = z.object({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
});
const operationSchema = z.looseObject({
  parameters: z.array(parameterSchema).optional(),
  requestBody: z
    .looseObject({
      content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })).optional(),
      required: z.boolean().optional(),
    })
    .optional(),
  'x-access': z.union([z.literal('public'), z.literal('authenticated'), z.array(z.enum(ROLES))]).optional(),
});
const documentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export type Access = 'public' | 'authenticated' | Role[];
export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

export interface Operation {
  method: Method;
  /** As in the document, relative to /api, with {param} placeholders. */
  path: string;
  /** undefined when the route did not declare one (routes outside defineRoute). */
  access: Access | undefined;
  parameters: z.infer<typeof parameterSchema>[];
  /** The JSON body schema (may be a $ref into components), when the route takes a body. */
  bodySchema: unknown;
  bodyContentTypes: string[];
  raw: Record<string, unknown>;
}

export interface ApiDocument {
  operations: Operation[];
  schemas: Record<string, unknown>;
}

/** Every operation of the document, in document order. */
export function parseOpenApi(json: unknown): ApiDocument {
  const doc = documentSchema.parse(json);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (raw === undefined) continue;
      const op = operationSchema.parse(raw);
      const content = op.requestBody?.content ?? {};
      operations.push({
        method,
        path,
        access: op['x-access'],
        parameters: op.parameters ?? [],
        bodySchema: content['application/json']?.schema,
        bodyContentTypes: Object.keys(content),
        raw: op,
      });
    }
  }
  return { operations, schemas: doc.components?.schemas ?? {} };
}

/** `/activities/{id}/registrations` with { id: 7 } → `/api/activities/7/registrations`; unnamed params take `fallback`. */
export function fillPath(path: string, values: Record<string, string | number>, fallback: string | number = 1): string {
  return `/api${path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name] ?? fallback)))}`;
}

/** The first operation with this method whose path matches one of the patterns. */
export function findOperation(doc: ApiDocument, method: Method, patterns: readonly RegExp[]): Operation | undefined {
  for (const pattern of patterns) {
    const found = doc.operations.find((o) => o.method === method && pattern.test(o.path));
    if (found) return found;
  }
  return undefined;
}
