/**
 * The text with LIKE's wildcards (`%`, `_`) and its escape character (`\`) escaped, so a search for
 * "100%" finds the text "100%". Prisma's `contains` passes wildcards through, so every user's search
 * text goes through this.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** An (I)LIKE pattern for raw SQL matching any text that contains `text` literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
