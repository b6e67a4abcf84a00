import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests of client logic. Browser journeys live in e2e/ with their own config.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
      // Taro's React wrappers; the package's default entry is custom elements, which jsdom cannot construct.
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
    ],
  },
  define: {
    WUXIE_API_BASE: JSON.stringify(''),
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    'process.env.FRAMEWORK': JSON.stringify('react'),
    'process.env.SUPPORT_TARO_POLYFILL': JSON.stringify('disabled'),
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'true',
    ENABLE_SIZE_APIS: 'true',
    ENABLE_TEMPLATE_CONTENT: 'true',
    ENABLE_CLONE_NODE: 'true',
    ENABLE_CONTAINS: 'true',
    ENABLE_MUTATION_OBSERVER: 'true',
    DEPRECATED_ADAPTER_COMPONENT: 'false',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // A page test's first render imports the page's whole module graph; on a loaded 2-core machine
    // (CI, or tests running side by side) that has taken more than vitest's default 5 s.
    testTimeout: 20_000,
  },
});
