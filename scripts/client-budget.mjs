#!/usr/bin/env node
// Prints the client's build sizes against its budgets and exits non-zero when one is over.
// Run after `build:weapp` and `build:h5` (client/dist/weapp, client/dist/h5; CLIENT_DIST_ROOT=<dir> reads
// <dir>/weapp and <dir>/h5 instead, e.g. builds made with WUXIE_OUTPUT_ROOT).
//   weapp main package ≤ 1 MB (WeChat's hard limit is 2 MB), whole weapp ≤ 4 MB,
//   H5 JavaScript for the first screen ≤ 250 KB gzipped; every weapp .js file parses as ES5.
import * as acorn from 'acorn';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const MB = 1024 * KB;
const BUDGETS = {
  weappMain: 1 * MB,
  weappTotal: 4 * MB,
  h5FirstScreenGzip: 250 * KB,
};
/** The H5 launch page: the first tab (see client/src/routes.ts). */
const LAUNCH_PAGE = 'pages/home/index';

const root = process.env.CLIENT_DIST_ROOT
  ? path.resolve(process.env.CLIENT_DIST_ROOT)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}
const fmt = (n) => (n >= MB ? `${(n / MB).toFixed(2)} MB` : `${(n / KB).toFixed(1)} KB`);

const rows = [];
/** What failed, named, printed under the table. */
const problems = [];
let failed = false;
function check(label, actual, budget) {
  const ok = actual <= budget;
  if (!ok) failed = true;
  rows.push([label, fmt(actual), fmt(budget), `${((actual / budget) * 100).toFixed(0)}%`, ok ? 'ok' : 'OVER']);
}
function missing(what, cmd) {
  failed = true;
  rows.push([what, 'not built', '', '', `run ${cmd}`]);
}

// weapp: everything outside the sub-package roots is the main package.
const weapp = path.join(root, 'weapp');
if (existsSync(path.join(weapp, 'app.json'))) {
  const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'));
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, '') + '/');
  let main = 0;
  let total = 0;
  const perSub = new Map(roots.map((r) => [r, 0]));
  for (const file of listFiles(weapp)) {
    if (file.endsWith('.map')) continue;
    const size = statSync(file).size;
    const rel = path.relative(weapp, file).split(path.sep).join('/');
    total += size;
    const sub = roots.find((r) => rel.startsWith(r));
    if (sub) perSub.set(sub, perSub.get(sub) + size);
    else main += size;
  }
  check('weapp main package', main, BUDGETS.weappMain);
  // Old phones' WeChat runs the package as ES5: every script must parse as ES5, or the mini-program dies
  // on them with a syntax error before the first screen (a library shipping const/let/arrows, for example).
  const notEs5 = [];
  for (const file of listFiles(weapp)) {
    if (!file.endsWith('.js')) continue;
    try {
      acorn.parse(readFileSync(file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
    } catch (e) {
      notEs5.push(`${path.relative(weapp, file)}: ${e.message}`);
    }
  }
  if (notEs5.length > 0) failed = true;
  rows.push([
    'weapp scripts parse as ES5',
    notEs5.length === 0 ? 'yes' : `${notEs5.length} do not`,
    '',
    '',
    notEs5.length === 0 ? 'ok' : 'FAIL',
  ]);
  problems.push(...notEs5);
  check('weapp whole build', total, BUDGETS.weappTotal);
  for (const [sub, size] of perSub) rows.push([`  sub-package ${sub}`, fmt(size), '', '', '']);
} else missing('weapp', 'pnpm --filter @wuxie/client build:weapp');

// H5: the entry's scripts plus the chunk group of the launch page, gzipped one by one like a server would.
const h5 = path.join(root, 'h5');
const manifestPath = path.join(h5, 'budget-manifest.json');
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const page = manifest.pages[LAUNCH_PAGE];
  if (!page) throw new Error(`budget-manifest.json has no chunk group for ${LAUNCH_PAGE}`);
  const files = [...new Set([...manifest.entry, ...page])].filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(h5, f));
    raw += buf.length;
    gz += gzipSync(buf).length;
  }
  check(`H5 first-screen JS, gzipped (${files.length} files)`, gz, BUDGETS.h5FirstScreenGzip);
  rows.push(['  same, uncompressed', fmt(raw), '', '', '']);
  const allJs = listFiles(h5)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + statSync(f).size, 0);
  rows.push(['  all H5 JS, uncompressed', fmt(allJs), '', '', '']);
} else missing('H5', 'pnpm --filter @wuxie/client build:h5');

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[['what', 'size', 'budget', 'used', ''], ...rows].map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(['what', 'size', 'budget', 'used', '']));
for (const r of rows) console.log(line(r));
if (problems.length > 0) console.error(`\n${problems.join('\n')}`);
if (failed) {
  console.error('\nclient budget: over budget or not built');
  process.exit(1);
}
console.log('\nclient budget: all within budget');
