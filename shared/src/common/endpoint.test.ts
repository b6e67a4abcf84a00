import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allEndpoints } from './all-endpoints';
import { isFileAnswer, isMultipartBody, pathParamNames } from './endpoint';

const endpoints = allEndpoints();

const keysOf = (schema: z.ZodType | undefined): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape).sort() : []);

describe('the endpoint contracts', () => {
  it.each(endpoints)('%s names exactly its path parameters in params', (_, e) => {
    expect(keysOf(e.params)).toEqual(pathParamNames(e.path).sort());
  });

  it('declare each method and path once', () => {
    const seen = endpoints.map(([, e]) => `${e.method.toUpperCase()} ${e.path}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('send no body with GET and answer a file only from GET', () => {
    for (const [name, e] of endpoints) {
      if (e.method === 'get') expect(e.body, name).toBeUndefined();
      if (isFileAnswer(e.response)) expect(e.method, name).toBe('get');
      if (isMultipartBody(e.body)) expect(e.method, name).toBe('post');
    }
  });
});
