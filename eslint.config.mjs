// @ts-check
// One lint configuration for the whole workspace (decision 015). `npm run lint` runs it from the root;
// the file-name rules match paths relative to the root, so run ESLint from here.
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PRESET = process.env.LINT_PRESET === 'recommended' ? tseslint.configs.recommendedTypeChecked : tseslint.configs.strictTypeChecked;

const KEBAB = '+([a-z])*([a-z0-9])*(-+([a-z0-9]))';
const PASCAL = '+([A-Z])*([a-zA-Z0-9])';
/** The roles of decision 016: every file directly in a server feature folder is `<topic>.<role>.ts`. */
const SERVER_ROLES = ['routes', 'handlers', 'index', 'service', 'queries', 'rules', 'mappers', 'cache', 'jobs', 'test', 'test-kit'];

export default defineConfig(
  {
    // Build output, generated code and tool caches (the same as .gitignore).
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      'prisma/generated/**',
      'client/e2e/screenshots/**',
      'client/.temp/**',
      'client/.swc/**',
      'client/.cache/**',
      'server/bench/results/**',
      'bench-results/**',
      'artifacts/**',
      '.data/**',
      'data/**',
      '.tmp/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  PRESET,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked against its own package's tsconfig (client, server, server/bench, shared,
        // prisma). These few are in none, so they get server/tsconfig.json's options.
        projectService: {
          allowDefaultProject: ['server/vitest.config.ts', 'prisma/vitest.config.ts', 'server/scripts/*.ts'],
          defaultProject: 'server/tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // `import type { A } from 'x'` beside `import { b } from 'x'` is allowed; two value imports of one module are not.
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Numbers in messages and paths (`第 ${n} 行`) are what template strings are for; objects, nullish and unions are not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}` is how React handlers are written; a void value used anywhere else is still an error.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': true,
          'ts-nocheck': true,
          'ts-check': false,
          'ts-expect-error': 'allow-with-description',
          minimumDescriptionLength: 10,
        },
      ],
    },
  },
  {
    // Tests: an async fake standing in for an async API (a transport, a loader) and `act(async () => …)`,
    // which flushes React's updates, are async without awaiting anything, and that is their point.
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Scripts and config written in JavaScript: no types to check them against.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/babel.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The server reads its environment in one validated module (server/src/env.ts). Tests and benchmarks
  // are harnesses: they pick a database and start server processes, so they may read it too.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/env.ts', 'server/src/**/*.test.ts', 'server/src/**/bench/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from server/src/env.ts.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'process', importNames: ['env'], message: 'Read configuration from server/src/env.ts.' },
            { name: 'node:process', importNames: ['env'], message: 'Read configuration from server/src/env.ts.' },
          ],
        },
      ],
    },
  },

  // Client: React hooks, and no runtime environment. Taro replaces `process.env.TARO_ENV` at build time with
  // the platform's name (so the other platform's branch is dropped); any other `process.env` read is
  // undefined in the mini-program, which has no `process`.
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env'][property.name!='TARO_ENV']",
          message: 'Only process.env.TARO_ENV exists in the client (Taro defines it at build time).',
        },
        {
          selector: ":not(MemberExpression) > MemberExpression[object.name='process'][property.name='env']",
          message: 'Only process.env.TARO_ENV exists in the client (Taro defines it at build time).',
        },
      ],
    },
  },

  // File and folder names (CONVENTIONS rule 9, decision 016).
  {
    files: [
      '{server,shared,prisma}/**/*.{ts,mts}',
      'client/{config,e2e,types}/**/*.{ts,mts}',
      'scripts/**/*.mjs',
      '*/scripts/**/*.{ts,mjs}',
    ],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{server,shared,prisma,client,scripts}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['server/src/features/*/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { 'server/src/features/*/*.ts': `${KEBAB}.@(${SERVER_ROLES.join('|')})` }],
    },
  },
  {
    // One name for test kits: `<feature>.test-kit.ts` (<0> is the feature folder's name).
    files: ['server/src/features/*/*.test-kit.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'server/src/features/*/*.test-kit.ts': '<0>' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Client source: a page is `kebab-case/index.tsx`; a component is `PascalCase/index.tsx`, or `PascalCase.tsx` beside
    // the one page or component that uses it; everything else is kebab-case `.ts`.
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': 'KEBAB_CASE', '**/*.tsx': `@(index|${PASCAL})` },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'client/src/**/': `@(${KEBAB}|${PASCAL})` }],
    },
  },
  {
    // A test is named after what it tests: a component (PageShell.test.tsx) or a page or hook (signup.test.tsx).
    files: ['client/src/**/*.test.tsx'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.tsx': `@(${KEBAB}|${PASCAL})` }, { ignoreMiddleExtensions: true }],
    },
  },
);
