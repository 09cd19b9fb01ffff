// `npm run bench [-- --orders 100000] [--import-lines 100000] [--screens-only]`: serve dist-bench/, drive window.runBench in real Chromium, add
// first_load_js_kb from dist/, print the table and merge the figures into bench-results.json.
//
// Every insert runs in a browser profile of its own: IndexedDB compacts in the background after a big
// write or a deleted database, and a second run in the same profile would pay for the first one's.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromiumContext } from '../support/chromium.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import {
  importFigure,
  insertGrowth,
  matrixFigures,
  median,
  mergeRuns,
  packageFigures,
  revertFigures,
  sliceMs,
  toFigures,
} from './figures.mjs';
import { firstLoadJsKb } from './first-load.mjs';
import { formatTable, mergeResults } from './report.mjs';
import { screenFigures } from './screens.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '10000' },
    'batch-size': { type: 'string', default: '5000' },
    repeats: { type: 'string' },
    // `--no-raw` skips the raw-IndexedDB side (its insert and query baselines): at a million orders the
    // queue, search and heap figures need only the repositories' database, and the raw insert takes as long again.
    'no-raw': { type: 'boolean', default: false },
    // import_order_lines: a CSV of this many order lines imported vs the raw put of its records (0 skips;
    // `--orders 0` skips the orders insert and queue figures instead).
    'import-lines': { type: 'string', default: '100000' },
    // export_orders / export_heap_mb / import_merge: packages of this many orders (0 skips).
    'package-orders': { type: 'string', default: '100000' },
    // Which package sides to run: `export` alone measures export_orders and export_heap_mb (at a million
    // orders the import sides take hours); `preview` previews the package alone, for import_heap_mb at a
    // million orders.
    'package-sides': { type: 'string', default: 'export,import' },
    // What a person waits for (screens.mjs): startup_dashboard_ms, open_orders_ms, open_<area>_ms at
    // --orders, on offices seeded into a profile. `--screens-only` runs these (and first_load_js_kb) alone;
    // the full run includes them up to 100,000 orders (seeding takes ~2 ms an order).
    'screens-only': { type: 'boolean', default: false },
  },
});
const orders = Number(values.orders);
const screensOnly = values['screens-only'];
const importLines = screensOnly ? 0 : Number(values['import-lines']);
const packageOrders = screensOnly ? 0 : Number(values['package-orders']);
const batchSize = Number(values['batch-size']);
const repeats = values.repeats ? Number(values.repeats) : orders <= 100_000 ? 3 : 1;
for (const [name, value] of Object.entries({ batchSize, repeats })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
}
for (const [name, value] of Object.entries({
  orders,
  'import-lines': importLines,
  'package-orders': packageOrders,
})) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be 0 or a positive integer`);
}

const benchDir = join(root, 'dist-bench');
if (!existsSync(join(benchDir, 'index.html'))) {
  throw new Error(
    'dist-bench/ is missing: build it with `npx vite build --mode bench` (npm run bench does).',
  );
}

/**
 * One page in a fresh profile: one side of one benchmark (window.runBench or window.runImportBench), once.
 * @param {string} url
 * @param {'runBench' | 'runImportBench' | 'runPackageBench' | 'runMatrixBench' | 'runMatrixUiBench'} entry
 * @param {object} options
 */
async function runInFreshProfile(url, entry, options) {
  // Precise heap numbers and a callable GC, for queue_heap_mb.
  const browser = await launchChromiumContext({
    args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(0);
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text());
      else if (message.type() === 'error') console.error(`[page] ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.goto(url);
    await page.waitForFunction((name) => typeof window[name] === 'function', entry);
    return await page.evaluate(([name, o]) => window[name](o), [entry, options]);
  } finally {
    await browser.close();
  }
}

const server = await startStaticServer(benchDir);
const parts = [];
/** @type {import('./import-bench').ImportRuns[]} */
const importParts = [];
/** @type {import('./package-bench').PackageRuns[]} */
const packageParts = [];
/** @type {import('./matrix-bench').MatrixRuns | undefined} */
let matrixRuns;
/** @type {import('./matrix-ui-bench').MatrixUiRuns | undefined} */
let matrixUiRuns;
try {
  if (orders > 0 && !screensOnly)
    console.log(
      `[bench] ${orders.toLocaleString('en')} orders, batches of ${batchSize}, ${repeats} run(s) per side`,
    );
  for (let rep = 0; orders > 0 && !screensOnly && rep < repeats; rep++) {
    const both = rep % 2 === 0 ? ['repositories', 'raw'] : ['raw', 'repositories'];
    const sides = values['no-raw'] ? ['repositories'] : both;
    for (const side of sides) {
      const queries = rep === repeats - 1;
      parts.push(
        await runInFreshProfile(server.url, 'runBench', {
          orders,
          batchSize,
          repeats: 1,
          sides: [side],
          queries,
        }),
      );
    }
  }
  if (importLines > 0)
    console.log(
      `[bench] import of ${importLines.toLocaleString('en')} order lines, ${repeats} run(s) per side`,
    );
  for (let rep = 0; importLines > 0 && rep < repeats; rep++) {
    for (const side of rep % 2 === 0 ? ['import', 'raw'] : ['raw', 'import']) {
      importParts.push(await runInFreshProfile(server.url, 'runImportBench', { lines: importLines, side }));
    }
  }
  if (packageOrders > 0) {
    console.log(`[bench] packages of ${packageOrders.toLocaleString('en')} orders`);
    const packageSides = values['package-sides'].split(',');
    if (packageSides.includes('export'))
      packageParts.push(
        await runInFreshProfile(server.url, 'runPackageBench', { orders: packageOrders, side: 'export' }),
      );
    for (let rep = 0; packageSides.includes('import') && rep < repeats; rep++) {
      for (const side of rep % 2 === 0 ? ['import', 'raw'] : ['raw', 'import']) {
        packageParts.push(
          await runInFreshProfile(server.url, 'runPackageBench', { orders: packageOrders, side }),
        );
      }
    }
    if (packageSides.includes('preview'))
      packageParts.push(
        await runInFreshProfile(server.url, 'runPackageBench', { orders: packageOrders, side: 'preview' }),
      );
  }
  // The duty matrix's rules: quick, always run.
  if (!screensOnly) matrixRuns = await runInFreshProfile(server.url, 'runMatrixBench', {});
  // …and the matrix screen: a cell click until the grid shows it with the checks recomputed.
  if (!screensOnly) matrixUiRuns = await runInFreshProfile(server.url, 'runMatrixUiBench', {});
} finally {
  await server.close();
}
const figures = [];
if (matrixRuns) figures.push(...matrixFigures(matrixRuns, matrixUiRuns));
if (parts.length > 0) {
  const runs = mergeRuns(parts);
  figures.push(...toFigures(runs));
  const stampShare = median(runs.stamp) / median(runs.insert.repositories);
  console.log(
    `[bench] insert runs (ms): repositories ${runs.insert.repositories.join(', ')}; raw ${runs.insert.raw.join(', ')}`,
  );
  for (const side of /** @type {const} */ (['repositories', 'raw'])) {
    for (const batches of runs.insertBatches?.[side] ?? []) {
      const tenths = Array.from({ length: 10 }, (_, i) =>
        Math.round(sliceMs(batches, (i * orders) / 10, ((i + 1) * orders) / 10)),
      );
      console.log(
        `[bench] ${side} insert by tenths (ms): ${tenths.join(', ')}; growth ${insertGrowth(batches).toFixed(2)}×`,
      );
    }
  }
  console.log(
    `[bench] stampNew (validate + stamp) is ${(stampShare * 100).toFixed(1)} % of the repositories' insert time`,
  );
}
if (importParts.length > 0) {
  const imports = importParts.flatMap((p) => p.import);
  const raws = importParts.flatMap((p) => p.raw);
  console.log(`[bench] import runs (ms): import ${imports.join(', ')}; raw ${raws.join(', ')}`);
  figures.push(importFigure(importLines, imports, raws));
  const reverts = importParts.flatMap((p) => p.revert ?? []);
  const reimports = importParts.flatMap((p) => p.reimport ?? []);
  console.log(
    `[bench] revert runs (ms): ${reverts.join(', ')}; re-import after revert ${reimports.join(', ')}`,
  );
  figures.push(...revertFigures(importLines, imports, reverts, reimports));
  const sharedReverts = importParts.flatMap((p) => p.sharedRevert ?? []);
  const sharedReimports = importParts.flatMap((p) => p.sharedReimport ?? []);
  console.log(
    `[bench] after a backup, revert runs (ms): ${sharedReverts.join(', ')}; re-import ${sharedReimports.join(', ')}`,
  );
  figures.push(...revertFigures(importLines, imports, sharedReverts, sharedReimports, 'shared'));
}

if (packageParts.length > 0) {
  figures.push(...packageFigures(packageOrders, packageParts));
}

if (orders > 0 && (screensOnly || orders <= 100_000)) {
  console.log(
    `[bench] screens: cold starts on offices of 0, 3,000 and ${orders.toLocaleString('en')} orders`,
  );
  figures.push(...(await screenFigures({ orders, repeats })));
}

const indexHtml = join(root, 'dist', 'index.html');
if (existsSync(indexHtml)) {
  const firstLoad = await firstLoadJsKb(indexHtml);
  figures.push({
    figure: 'first_load_js_kb',
    n: 0,
    unit: 'KB',
    median: firstLoad.kb,
    baseline: null,
    ratio: null,
  });
  console.log(
    `[bench] first load: ${firstLoad.files.length} JS files, ${firstLoad.kb} KB gzipped (CSS ${firstLoad.cssKb} KB, not counted)`,
  );
} else {
  console.log(
    '[bench] first_load_js_kb skipped: dist/index.html not found (build the renderer with `npx vite build`).',
  );
}

console.log(`\n${formatTable(figures)}\n`);
await mergeResults(join(root, 'bench-results.json'), figures);
console.log('[bench] figures merged into bench-results.json');
