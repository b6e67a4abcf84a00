import { z } from 'zod';

// C0 controls, DEL and C1 controls (Unicode's Cc: U+0000–U+001F and U+007F–U+009F): never typed by
// a person, and a NUL is refused by PostgreSQL (22021) if it gets that far.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** True when a one-line text holds a control character (which no person types). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** Free-text search (`q`): trimmed, at most `max` characters, no control characters. */
export const searchTextSchema = (label: string, max = 40) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文字`) })
    .trim()
    .max(max, { message: `${label}最多 ${max} 个字` })
    .refine((s) => !hasControlCharacter(s), { message: `${label}含有不可见字符，请重新输入` });
