import fc from 'fast-check';
import type { ApiDocument, Operation } from './openapi';

/**
 * fast-check arbitraries of requests that break a route's declared input, read from the OpenAPI
 * document (which is generated from the same zod schemas that validate). Bodies are invalid by
 * construction (wrong type, missing required field, too long, out of range, not in the enum, not
 * an object, not JSON); path ids are never a usable id; query values are junk of every kind.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

export interface BadRequest {
  path: string;
  /** A JSON value to send as the body, or raw text with its content type. */
  body?: { json: Json } | { raw: string; contentType: string };
  headers?: Record<string, string>;
  /** What kind of breakage this is, for the failure message. */
  kind: string;
}

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows `$ref`s into components.schemas. */
export function resolve(doc: ApiDocument, schema: unknown): Schema {
  let s = schema;
  for (let depth = 0; isObject(s) && typeof s.$ref === 'string' && depth < 10; depth += 1) {
    s = doc.schemas[s.$ref.replace('#/components/schemas/', '')];
  }
  return isObject(s) ? s : {};
}

const UNICODE_JUNK = [
  '\u0000',
  '\u202e\u202d',
  '\ufeff',
  '💩'.repeat(50),
  '𠀀𠀁𪚥',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  'ＴＳ２０２４',
  '\r\n\r\n',
];
export const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...UNICODE_JUNK),
);
const hugeNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, -1e-300);
const nested: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<Json>;
const deep: fc.Arbitrary<Json> = fc.integer({ min: 50, max: 400 }).map((n) => {
  let v: Json = 'x';
  for (let i = 0; i < n; i += 1) v = i % 2 ? [v] : { a: v };
  return v;
});

/** A value of a JSON type the schema does not accept (numbers never stand in for numbers). */
function wrongType(types: string[]): fc.Arbitrary<Json> {
  const numeric = types.includes('number') || types.includes('integer');
  const kinds: fc.Arbitrary<Json>[] = [];
  if (!types.includes('string')) kinds.push(junkString);
  if (!numeric) kinds.push(fc.oneof(fc.double({ noNaN: true }), hugeNumber));
  if (!types.includes('boolean')) kinds.push(fc.boolean());
  if (!types.includes('null')) kinds.push(fc.constant(null));
  if (!types.includes('array')) kinds.push(fc.array(nested, { maxLength: 4 }));
  if (!types.includes('object')) kinds.push(fc.dictionary(junkString, nested, { maxKeys: 4 }), deep);
  return fc.oneof(...kinds);
}

function typesOf(s: Schema): string[] | null {
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type.filter((t): t is string => typeof t === 'string');
  return null;
}

/** Invalid values for one property, each invalid whatever the other properties hold. */
function badValues(doc: ApiDocument, raw: unknown): fc.Arbitrary<Json>[] {
  const s = resolve(doc, raw);
  const out: fc.Arbitrary<Json>[] = [];
  const types = typesOf(s);
  if (types) out.push(wrongType(types));
  if (typeof s.maxLength === 'number') {
    const max = s.maxLength;
    out.push(fc.integer({ min: 1, max: 3000 }).map((extra) => '长'.repeat(max + extra)));
  }
  if (Array.isArray(s.enum) && s.enum.every((e) => typeof e === 'string')) {
    const allowed = new Set<string>(s.enum);
    out.push(junkString.filter((v) => !allowed.has(v)));
  }
  if (types?.includes('integer') || types?.includes('number')) {
    if (typeof s.maximum === 'number') out.push(fc.constantFrom(s.maximum + 1, 1e308));
    if (typeof s.minimum === 'number') out.push(fc.constantFrom(s.minimum - 1, -1e308));
    if (typeof s.exclusiveMinimum === 'number') out.push(fc.constantFrom(s.exclusiveMinimum, -1e308));
    if (types.includes('integer') && !types.includes('number')) out.push(fc.constantFrom(0.5, 1.0000001, 2 ** 53 + 0.5));
  }
  if (types?.includes('array') && typeof s.maxItems === 'number') {
    const n = s.maxItems + 1;
    out.push(fc.constant(Array.from({ length: n }, (_, i) => `${String(i).padStart(32, 'a')}.jpg`)));
  }
  return out;
}

/** Invalid bodies for one object schema (a branch of a union keeps its discriminator). */
function badObjects(doc: ApiDocument, s: Schema, keep: Record<string, Json> = {}): fc.Arbitrary<Json>[] {
  const props = isObject(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
  const junkExtras = fc.dictionary(junkString, nested, { maxKeys: 3 });
  const out: fc.Arbitrary<Json>[] = [];
  const missing = required.filter((r) => !(r in keep));
  if (missing.length) out.push(junkExtras.map((extra) => ({ ...withoutKeys(extra, required), ...keep })));
  for (const [name, prop] of Object.entries(props)) {
    if (name in keep) continue;
    for (const bad of badValues(doc, prop)) {
      out.push(
        fc
          .tuple(bad, fc.option(junkExtras, { nil: undefined }))
          .map(([value, extra]) => ({ ...(extra ? withoutKeys(extra, [name]) : {}), ...keep, [name]: value })),
      );
    }
  }
  return out;
}

function withoutKeys(o: Record<string, Json>, keys: string[]): Record<string, Json> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k) && k !== '__proto__'));
}

/** Every way we know to break a JSON body of this schema. */
export function badBodies(doc: ApiDocument, schema: unknown): fc.Arbitrary<Json> {
  const s = resolve(doc, schema);
  // Deep nesting goes inside an array: a nested object of unknown keys could be a valid all-defaults body.
  const variants: fc.Arbitrary<Json>[] = [
    fc.oneof(junkString, hugeNumber, fc.boolean(), fc.constant(null), fc.array(nested, { maxLength: 3 })),
    deep.map((d) => [d]),
  ];
  const branches = [s.oneOf, s.anyOf].find(Array.isArray)?.map((b) => resolve(doc, b)) ?? [];
  if (branches.length) {
    variants.push(fc.dictionary(junkString, nested, { maxKeys: 3 }).map((extra) => withoutKeys(extra, ['action', 'type', 'kind'])));
    for (const branch of branches) {
      const props = isObject(branch.properties) ? branch.properties : {};
      const tag = Object.entries(props).find(([, p]) => isObject(p) && Array.isArray(p.enum) && p.enum.length === 1);
      const keep: Record<string, Json> = tag && isObject(tag[1]) && Array.isArray(tag[1].enum) ? { [tag[0]]: tag[1].enum[0] as Json } : {};
      variants.push(...badObjects(doc, branch, keep));
    }
  } else if (typesOf(s)?.includes('object')) {
    variants.push(...badObjects(doc, s));
  }
  return fc.oneof(...variants);
}

const RAW_BODIES = ['{', '{"a":', '[1,2', 'nul', '\u0000', '{"title":"\\x41"}', '{}}', '"', ',', '{"a":1,"a":2,'];

/** Bodies that are not JSON at all, or arrive with the wrong content type. */
export const rawBodies: fc.Arbitrary<{ raw: string; contentType: string }> = fc.oneof(
  fc.record({ raw: fc.constantFrom(...RAW_BODIES), contentType: fc.constant('application/json') }),
  fc.record({
    raw: fc.constantFrom('{"a":1}', 'a=1&b=2', '<xml/>'),
    contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
  }),
);

/** Never a usable id: not a number, not positive, not whole, or past the 32-bit id column. */
const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '-0',
  '99999999999',
  '1e999',
  'NaN',
  'Infinity',
  '0x10',
  '%00',
  '%E0%A4%A',
  '%FF',
  '１２',
  ' 1',
  '1;DROP TABLE "User"',
];
export const badPathValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...BAD_IDS),
  junkString.filter((s) => s.length > 0).map((s) => safeEncode(s)),
);

/** Query values: anything at all (GET routes may legitimately answer 2xx to some of them). */
export const junkQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('-1', '0', '1e999', '99999999999', 'NaN', '2024-13-45', '2024-02-30', '0000-00-00', '9999-99-99', 'true ', '', '%ZZ'),
  junkString.map(safeEncode),
  fc.integer({ min: 101, max: 5000 }).map((n) => 'x'.repeat(n)),
);

/** Percent-encodes, keeping lone surrogates as the raw bytes a broken client would send. */
function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

/** Arbitrary bad requests for one operation, or null when it takes no input at all. */
export function badRequests(doc: ApiDocument, op: Operation): fc.Arbitrary<BadRequest> | null {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const hasBody = op.bodySchema !== undefined;
  if (!pathParams.length && !queryParams.length && !hasBody) return null;
  const fill = (values: string[]) => {
    let i = 0;
    return `/api${op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '1')}`;
  };
  const variants: fc.Arbitrary<BadRequest>[] = [];
  if (pathParams.length) {
    variants.push(
      fc.array(badPathValue, { minLength: pathParams.length, maxLength: pathParams.length }).map((v) => ({ path: fill(v), kind: 'path' })),
    );
  }
  // With a body or a path param to break, the query rides along as extra junk; alone it is the target.
  const validPath = fill(pathParams.map(() => '1'));
  if (queryParams.length) {
    const names = queryParams.map((p) => p.name);
    const query = fc.dictionary(fc.constantFrom(...names), junkQueryValue, { minKeys: 1, maxKeys: names.length });
    variants.push(
      query.map((q) => ({
        path: `${validPath}?${Object.entries(q)
          .map(([k, v]) => `${k}=${v}`)
          .join('&')}`,
        kind: 'query',
      })),
    );
  }
  if (hasBody) {
    const target = pathParams.length ? validPath : fill([]);
    variants.push(badBodies(doc, op.bodySchema).map((json) => ({ path: target, body: { json }, kind: 'body' })));
    variants.push(rawBodies.map((raw) => ({ path: target, body: raw, kind: 'raw body' })));
    if (op.parameters.some((p) => p.in === 'header')) {
      const header = op.parameters.find((p) => p.in === 'header')?.name ?? 'x-junk';
      variants.push(
        fc
          .tuple(
            badBodies(doc, op.bodySchema),
            fc.string({ unit: 'binary-ascii', maxLength: 300 }).map((v) => v.replace(/[^\x20-\x7e]/g, '')),
          )
          .map(([json, value]) => ({
            path: target,
            body: { json },
            headers: { [header]: value },
            kind: 'header',
          })),
      );
    }
  }
  return fc.oneof(...variants);
}
