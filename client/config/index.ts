import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { BudgetManifestPlugin } from './budget-manifest-plugin';
import devConfig from './dev';
import prodConfig from './prod';

// Taro's CLI sets TARO_ENV (the --type being built) before it loads this file.
const platform = process.env.TARO_ENV;
const sharedSrc = path.resolve(__dirname, '../../shared/src');

/**
 * Babel runs only on src/ and Taro's own packages; our workspace TS source must be added, and for the
 * mini-program zod too, so that old phones get ES5. H5 targets current browsers and takes zod as shipped
 * (transpiled to ES5 with polyfills it was ~450 KB, most of the first screen's budget).
 */
// AntV F2 (desk charts) ships ES2020 syntax (optional chaining) and qrcode-generator (tickets, check-in)
// const/let, which older WeChat runtimes cannot parse; scripts/client-budget.mjs parses every weapp script as ES5.
const miniCompileInclude = [sharedSrc, (file: string) => /node_modules\/(zod|@antv|qrcode-generator)\//.test(file.replace(/\\/g, '/'))];
const h5CompileInclude = [sharedSrc];

/**
 * The API origin. H5 is served by the API server itself, so it uses relative URLs;
 * the mini-program needs an absolute base chosen at build time.
 */
const apiBase = platform === 'h5' ? (process.env.TARO_APP_API_BASE ?? '') : (process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000');

export default defineConfig((merge) => {
  const baseConfig: UserConfigExport = {
    projectName: 'wuxietong',
    date: '2026-11-29',
    // Both our CSS and NutUI's are written against a 375-wide phone.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // WUXIE_OUTPUT_ROOT lets the browser tests build into a private folder, so runs side by side do not
    // wipe each other's (or the served) dist/h5 mid-test.
    outputRoot: process.env.WUXIE_OUTPUT_ROOT ?? `dist/${platform}`,
    plugins: [],
    defineConstants: {
      WUXIE_API_BASE: JSON.stringify(apiBase),
    },
    alias: {
      '@': path.resolve(__dirname, '../src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: {
      enable: process.env.WUXIE_BUILD_CACHE !== '0',
      name: process.env.WUXIE_OUTPUT_ROOT ? `${platform}-private` : platform,
      // Taro lists src/app.config as a build dependency, but webpack cannot follow a .ts file's
      // imports, so a change to the route table it is generated from went unnoticed: the cached
      // build kept the old page list (new pages missing from the H5 router). Any change to these
      // files now invalidates the whole cache, as a change to the page list must.
      buildDependencies: { routeTable: [path.resolve(__dirname, '../src/routes.ts'), path.resolve(__dirname, '../src/app.config.ts')] },
    },
    mini: {
      compile: { include: miniCompileInclude },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: h5CompileInclude },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of React
        // components, NutUI and zod (~345 KB each). Sharing them across async page chunks too:
        const split = chain.optimization.get('splitChunks') as Record<string, unknown>;
        chain.optimization.splitChunks({ ...split, chunks: 'all' });
        chain.plugin('budget-manifest').use(BudgetManifestPlugin);
      },
    },
  };

  // package.json's browserslist has one list per target: ES5 for the mini-program, current browsers for H5.
  process.env.BROWSERSLIST_ENV = platform;
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
