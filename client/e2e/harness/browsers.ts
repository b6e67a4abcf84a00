import type { Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { shot } from './app';
import { openPhoneBrowser, type PhoneBrowser } from './browser';

/**
 * Browsers for the tests of one journey file: `open()` starts a fresh phone browser for the
 * current test; after each test every browser it opened is checked (no request left 127.0.0.1,
 * no error thrown in the page), photographed when the test failed, and closed.
 */
export function usePhoneBrowsers(): { open: () => Promise<PhoneBrowser>; page: () => Promise<Page> } {
  const opened: PhoneBrowser[] = [];
  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === 'fail';
    for (const [i, b] of opened.splice(0).entries()) {
      try {
        if (failed) await shot(b.page, `FAILED-${ctx.task.name.slice(0, 40)}-${i + 1}`);
        expect(b.outside, 'requests to other hosts').toEqual([]);
        expect(b.pageErrors, 'errors thrown in the page').toEqual([]);
      } finally {
        await b.close();
      }
    }
  });
  const open = async () => {
    const b = await openPhoneBrowser();
    opened.push(b);
    return b;
  };
  return { open, page: async () => (await open()).page };
}
