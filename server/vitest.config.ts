import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file builds its own database; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
