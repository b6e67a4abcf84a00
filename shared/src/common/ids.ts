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
 * A keyset cursor `<ms><separator><id>` (time and id of the last row served). Both parts are
 * checked, so a forged cursor is a 422, never a query the database refuses.
 */
export const timeIdCursorSchema = (separator: '_' | '.', message: string) => {
  const pattern = new RegExp(`^(\\d{1,15})\\${separator}(\\d{1,10})$`);
  return z
    .string()
    .regex(pattern, { message, abort: true })
    .refine((s) => {
      const [, ms = '', id = ''] = pattern.exec(s) ?? [];
      return Number(ms) < CURSOR_MS_LIMIT && isRowId(Number(id));
    }, { message });
};
