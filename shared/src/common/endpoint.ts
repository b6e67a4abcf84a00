import { z } from 'zod';
import type { Role } from '../auth/roles';

// One endpoint, declared once as data: the server builds its route, validation, guard and OpenAPI
// operation from it (server/src/lib/route.ts), and the client calls it through the one request layer
// (client/src/api), which fills the path, sends the inputs and parses the answer with `response`.
// Why this shape and not Hono's `hc` client: docs/decisions/014-one-contract-per-endpoint.md.

/** Who may call an endpoint: anyone, any logged-in user, or holders of at least one of the roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A download: the answer is a file of this media type, not JSON. */
export interface FileAnswer<M extends string = string> {
  readonly kind: 'file';
  readonly mediaType: M;
  /** What WeChat's document viewer is told the file is (`Taro.openDocument`'s fileType). */
  readonly fileType: 'xlsx' | 'docx' | 'image';
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An Excel workbook answer (rosters, ledgers, templates). */
export const xlsxFile: FileAnswer<typeof XLSX_MEDIA_TYPE> = { kind: 'file', mediaType: XLSX_MEDIA_TYPE, fileType: 'xlsx' };
/** A Word document answer (the work report). */
export const docxFile: FileAnswer<typeof DOCX_MEDIA_TYPE> = { kind: 'file', mediaType: DOCX_MEDIA_TYPE, fileType: 'docx' };
/** An image answer (uploaded photos). */
export const imageFile: FileAnswer<'image/jpeg'> = { kind: 'file', mediaType: 'image/jpeg', fileType: 'image' };

/** What a multipart form's file field holds on the server (a web `File`); structural, so it parses in the mini-program too. */
export interface UploadedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const isUploadedFile = (v: unknown): v is UploadedFile =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as UploadedFile).arrayBuffer === 'function' &&
  typeof (v as UploadedFile).size === 'number';

/**
 * A multipart/form-data body with one file in the field `file`; `missing` is the Chinese message
 * when no file came. The server validates it like any body; the client sends it with `api.upload`.
 */
export const fileUploadSchema = (missing: string) =>
  z.object({
    file: z
      .custom<UploadedFile>((v) => isUploadedFile(v) && v.size > 0, { message: missing })
      .meta({ type: 'string', format: 'binary', description: '文件' }),
  });

/** Marks a body as multipart (a file upload) rather than JSON. */
export interface MultipartBody<S extends z.ZodType = z.ZodType> {
  readonly kind: 'multipart';
  readonly schema: S;
}

/** A multipart body whose field `file` is required (see {@link fileUploadSchema}). */
export const multipartFile = (missing: string): MultipartBody<ReturnType<typeof fileUploadSchema>> => ({
  kind: 'multipart',
  schema: fileUploadSchema(missing),
});

export interface EndpointConfig {
  readonly method: HttpMethod;
  /** Path under `/api`, with `{name}` for each path parameter (OpenAPI's template). */
  readonly path: `/${string}`;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly headers?: z.ZodType;
  /** A JSON body schema, or a multipart file upload. */
  readonly body?: z.ZodType | MultipartBody;
  /** The success answer: a JSON schema, or a file. */
  readonly response: z.ZodType | FileAnswer;
  /** The success status (default 200). */
  readonly status?: 200 | 201;
  readonly access: Access;
}

/** Declares an endpoint. Identity at run time; `const` keeps every literal for both sides' types. */
export function endpoint<const E extends EndpointConfig>(config: E): E {
  return config;
}

/** The names in a path template: `'/a/{id}/b/{userId}'` → `'id' | 'userId'`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;

/** The `{name}` parameters of a path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}

/** Whether a value is a download declaration rather than a JSON schema. */
export function isFileAnswer(response: EndpointConfig['response']): response is FileAnswer {
  return (response as { kind?: unknown }).kind === 'file';
}

/** Whether a body is a multipart upload rather than a JSON schema. */
export function isMultipartBody(body: EndpointConfig['body']): body is MultipartBody {
  return body !== undefined && (body as { kind?: unknown }).kind === 'multipart';
}

/**
 * What a caller writes for a schema's input on the wire: its input type, except that a coerced
 * field (zod 4 types its input as `unknown`) takes the parsed type (`limit: number`, not `unknown`),
 * so a client call whose query or path does not fit fails `tsc`.
 */
export type WireInput<S extends z.ZodType> =
  z.input<S> extends infer I
    ? I extends Record<string, unknown>
      ? { [K in keyof I]: unknown extends I[K] ? (K extends keyof z.output<S> ? z.output<S>[K] : never) : I[K] }
      : I
    : never;

/** The JSON success answer of an endpoint (never for a download). */
export type EndpointResult<E extends EndpointConfig> = E['response'] extends z.ZodType ? z.output<E['response']> : never;
