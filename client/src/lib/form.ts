import type { z } from 'zod';
import { ApiRequestError } from '@/api/errors';

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors<T> };

/** Checks form values with a shared schema; one Chinese message per field (the first problem found). */
export function validateForm<S extends z.ZodType<Record<string, unknown>>>(schema: S, values: unknown): Validation<z.output<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return { ok: false, errors: errors as FieldErrors<z.output<S>> };
}

/** Field messages the server attached to a VALIDATION_FAILED error, keyed like the form's fields. */
export function serverFieldErrors<T>(err: unknown, fields: ReadonlyArray<keyof T & string>): FieldErrors<T> {
  if (!(err instanceof ApiRequestError)) return {};
  const out: FieldErrors<T> = {};
  for (const f of fields) {
    const msg = err.issueFor(f);
    if (msg) out[f] = msg;
  }
  return out;
}
