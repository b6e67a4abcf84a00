import { allEndpoints } from '@wuxie/shared/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

/**
 * The API the server serves is the one the contracts in `shared/` declare: every endpoint is an
 * operation of the OpenAPI document with the same access, and the document has no other operation.
 */
describe('the served API and the shared contracts', () => {
  let t: TestApp;
  let operations: Map<string, unknown>;
  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-access': unknown }>>;
    };
    operations = new Map(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-access']] as const),
      ),
    );
  });
  afterAll(() => t.close());

  it('serves every declared endpoint, with its access, and nothing undeclared', () => {
    const declared = new Map(
      allEndpoints().map(([, e]) => [`${e.method.toUpperCase()} ${e.path}`, typeof e.access === 'string' ? e.access : [...e.access]]),
    );
    expect([...operations.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [op, access] of declared) expect(operations.get(op), op).toEqual(access);
  });
});
