import { expect } from 'vitest';

// Vitest types its asymmetric matchers as `any`. These give each the type of the value it stands
// for, so it can sit in a typed `toMatchObject` / `toEqual` pattern without an `any` in it.

/** Matches any string that contains `text`. */
export const containing = (text: string): string => expect.stringContaining(text) as string;

/** Matches any string. */
export const anyString = (): string => expect.any(String) as string;
