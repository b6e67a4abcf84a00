import { z } from 'zod';

/** The largest row id: every id column is a 32-bit `integer`, so a bigger number can name no row. */
export const MAX_ID = 2_147_483_647;

/** Whether a number can be a row id (what the keyset cursors check for the id they carry). */
export function isRowId(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_ID;
}

/**
 * A row id in a path or query string ("12" → 12): a positive 32-bit integer, refused with 422
 * before it reaches the database. `label` names the thing: `idTextSchema('小区')` → "小区编号不正确".
 */
export const idTextSchema = (label = '') =>
  z.coerce
    .number({ error: `${label}编号应为数字` })
    .int({ message: `${label}编号应为整数` })
    .positive({ message: `${label}编号不正确` })
    .max(MAX_ID, { message: `${label}编号不正确` });

/** A row id in a JSON body: a number (not a string), a positive 32-bit integer. */
export const idSchema = (label = '') =>
  z
    .number({ error: `请选择${label}` })
    .int({ message: `${label}编号应为整数` })
    .positive({ message: `${label}编号不正确` })
    .max(MAX_ID, { message: `${label}编号不正确` });

/** Path parameters `{ id }` of a route about one row. */
export const idParamsSchema = (label = '') => z.object({ id: idTextSchema(label) });

/** 10000-01-01T00:00Z: a later instant has no four-digit ISO year, which the database refuses. */
const CURSOR_MS_LIMIT = 253_402_300_800_000;

/**
 * Where a keyset page stopped: the sort key of the last row served (a time in ms, or a position
 * such as a membership level's index; null when that row has no key, e.g. no reply deadline) and
 * its id. On the wire it is one opaque text, `<key>_<id>` (`_<id>` without a key).
 */
export interface Keyset {
  key: number | null;
  id: number;
}

const KEYSET_PATTERN = /^(\d{1,15})?_(\d{1,10})$/;

/** The cursor text of a keyset (the one encoder of every keyset page's `nextCursor`). */
export function encodeCursor(keyset: Keyset): string {
  return `${keyset.key ?? ''}_${keyset.id}`;
}

/** The keyset in a cursor; null when the text is no cursor (a route's schema refuses those with 422 first). */
export function decodeCursor(cursor: string): Keyset | null {
  const match = KEYSET_PATTERN.exec(cursor);
  if (!match) return null;
  return { key: match[1] === undefined ? null : Number(match[1]), id: Number(match[2]) };
}

/**
 * A keyset cursor in a query string. Both parts are checked, so a forged cursor is a 422, never a
 * query the database refuses: the key up to `maxKey` (default: the last instant with a four-digit
 * year), the id a row id, and no missing key unless `keyMayBeMissing`.
 */
export const keysetCursorSchema = (message: string, options: { maxKey?: number; keyMayBeMissing?: boolean } = {}) =>
  z
    .string()
    .regex(KEYSET_PATTERN, { message, abort: true })
    .refine(
      (s) => {
        const keyset = decodeCursor(s);
        if (!keyset || !isRowId(keyset.id)) return false;
        if (keyset.key === null) return options.keyMayBeMissing === true;
        return keyset.key <= (options.maxKey ?? CURSOR_MS_LIMIT - 1);
      },
      { message },
    );
