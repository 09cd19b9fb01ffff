// Turning the page's raw measurements (BenchRuns, test/bench/bench.ts) into the reported figures.

/** @typedef {{ figure: string, n: number, unit: string, median: number, baseline: number | null, ratio: number | null }} Figure */

/** @param {readonly number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 2) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;

/**
 * @param {string} figure
 * @param {number} n
 * @param {number[]} mine
 * @param {number[] | undefined} baseline
 * @returns {Figure}
 */
function figureOf(figure, n, mine, baseline, digits = 2) {
  const m = median(mine);
  const b = baseline?.length ? median(baseline) : Number.NaN;
  return { figure, n, unit: 'ms', median: round(m, digits), baseline: round(b, digits), ratio: round(m / b) };
}

/**
 * The time one insert run spent on the orders [from, to) (its batches in the order written; a batch's time
 * spread evenly over its orders where a slice ends inside it).
 * @param {readonly import('./bench').InsertBatch[]} batches
 * @param {number} from
 * @param {number} to
 */
export function sliceMs(batches, from, to) {
  let start = 0;
  let ms = 0;
  for (const batch of batches) {
    const end = start + batch.orders;
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap > 0 && batch.orders > 0) ms += (batch.ms * overlap) / batch.orders;
    start = end;
  }
  return ms;
}

/**
 * How much more the last tenth of an insert run's orders took than its first tenth (the same code, the
 * same run, into a store nine tenths fuller); NaN when the run has no orders.
 * @param {readonly import('./bench').InsertBatch[]} batches
 */
export function insertGrowth(batches) {
  const n = batches.reduce((sum, batch) => sum + batch.orders, 0);
  const tenth = n / 10;
  return sliceMs(batches, n - tenth, n) / sliceMs(batches, 0, tenth);
}

/**
 * @param {import('./bench').BenchRuns} runs
 * @returns {Figure[]}
 */
export function toFigures(runs) {
  const { n } = runs;
  const figures = [figureOf('insert_orders', n, runs.insert.repositories, runs.insert.raw, 1)];
  const growth = runs.insertBatches?.repositories ?? [];
  if (growth.length > 0) {
    // The raw baseline's own growth beside it: how much of the slowing IndexedDB accounts for by itself.
    const rawGrowth = (runs.insertBatches?.raw ?? []).map(insertGrowth).filter(Number.isFinite);
    figures.push({
      figure: 'insert_growth',
      n,
      unit: '×',
      median: round(median(growth.map(insertGrowth))),
      baseline: round(median(rawGrowth)),
      ratio: null,
    });
  }
  const queue = Object.entries(runs.queue).map(([label, sides]) =>
    figureOf(`queue_page_${label}`, n, sides.repositories, sides.raw),
  );
  if (queue.length > 0) {
    figures.push(...queue);
    const worst = queue.reduce((a, b) => (b.median > a.median ? b : a));
    figures.push({ ...worst, figure: 'queue_page' });
  }
  if (runs.statusCounts.length > 0) figures.push(figureOf('status_counts', n, runs.statusCounts, undefined));
  if (runs.search) {
    figures.push(figureOf('search_order_number', n, runs.search.number, undefined));
    figures.push(figureOf('search_order_customer', n, runs.search.customer, undefined));
    const worst = Math.max(median(runs.search.number), median(runs.search.customer));
    figures.push({
      figure: 'search_order',
      n,
      unit: 'ms',
      median: round(worst),
      baseline: null,
      ratio: null,
    });
  }
  if (runs.saveOrder?.length) figures.push(figureOf('save_order', n, runs.saveOrder, undefined));
  if (runs.saveOrderNoRollups?.length)
    figures.push(figureOf('rollup_overhead', n, runs.saveOrder ?? [], runs.saveOrderNoRollups));
  if (runs.dashboard)
    figures.push(figureOf('dashboard', n, runs.dashboard.repositories, runs.dashboard.scan));
  if (runs.queueHeapMb !== undefined) {
    figures.push({
      figure: 'queue_heap_mb',
      n,
      unit: 'MB',
      median: runs.queueHeapMb,
      baseline: null,
      ratio: null,
    });
  }
  if (runs.exportHeapMb !== undefined) {
    figures.push({
      figure: 'export_heap_mb',
      n,
      unit: 'MB',
      median: runs.exportHeapMb,
      baseline: null,
      ratio: null,
    });
  }
  return figures;
}

/**
 * import_order_lines: the whole import (read, plan, apply) against the raw put of its records.
 * @param {number} lines
 * @param {number[]} imports
 * @param {number[]} raws
 * @returns {Figure}
 */
export function importFigure(lines, imports, raws) {
  return figureOf('import_order_lines', lines, imports, raws, 1);
}

/**
 * revert_import (reverting the import, against the import itself) and reimport_after_revert (importing
 * the same lines again after that revert, against the first import); with `shared`, the same once a
 * backup holds the import (revert_shared_import, reimport_after_shared_revert: tombstones, then revived).
 * @param {number} lines
 * @param {number[]} imports
 * @param {number[]} reverts
 * @param {number[]} reimports
 * @param {'shared'} [shared]
 * @returns {Figure[]}
 */
export function revertFigures(lines, imports, reverts, reimports, shared) {
  const [revert, reimport] = shared
    ? ['revert_shared_import', 'reimport_after_shared_revert']
    : ['revert_import', 'reimport_after_revert'];
  return [
    figureOf(revert, lines, reverts, imports, 1),
    figureOf(reimport, lines, reimports, imports, 1),
  ].filter((f) => f.median !== null);
}

/**
 * export_orders (vs read all + serialise + gzip, in sequence), export_orders_mb_s (its throughput: MB of
 * content per second, the baseline's beside it), export_heap_mb, import_merge (vs the raw put of the
 * records), import_heap_mb (the peak heap while previewing and applying) or, when the package was only
 * previewed, preview_heap_mb.
 * @param {number} n
 * @param {import('./package-bench').PackageRuns[]} parts
 * @returns {Figure[]}
 */
export function packageFigures(n, parts) {
  const all = (key) => parts.flatMap((p) => p[key] ?? []);
  const exportFigure = figureOf('export_orders', n, all('export'), all('readSerialiseGzip'), 1);
  const figures = [exportFigure];
  const contentBytes = parts.find((p) => p.contentBytes)?.contentBytes;
  if (contentBytes) {
    const mbPerSecond = (ms) =>
      Number.isFinite(ms) && ms > 0 ? contentBytes / 1e6 / (ms / 1000) : Number.NaN;
    figures.push({
      figure: 'export_orders_mb_s',
      n,
      unit: 'MB/s',
      median: round(mbPerSecond(median(all('export'))), 1),
      baseline: round(mbPerSecond(median(all('readSerialiseGzip'))), 1),
      ratio: null,
    });
  }
  if (all('importMerge').length > 0)
    figures.push(figureOf('import_merge', n, all('importMerge'), all('rawPut'), 1));
  // Preview and apply together; where only previewed (a million orders), the preview alone.
  for (const [figure, previewOnly] of [
    ['import_heap_mb', false],
    ['preview_heap_mb', true],
  ]) {
    const peak = Math.max(
      0,
      ...parts.filter((p) => !!p.previewOnly === previewOnly).map((p) => p.importHeapMb ?? 0),
    );
    if (peak > 0) figures.push({ figure, n, unit: 'MB', median: peak, baseline: null, ratio: null });
  }
  const heap = Math.max(...parts.map((p) => p.exportHeapMb ?? 0));
  if (heap > 0)
    figures.push({ figure: 'export_heap_mb', n, unit: 'MB', median: heap, baseline: null, ratio: null });
  return figures;
}

/**
 * Put together the runs of several pages (each side, each repeat, in its own browser profile).
 * @param {import('./bench').BenchRuns[]} parts
 * @returns {import('./bench').BenchRuns}
 */
export function mergeRuns(parts) {
  const merged = {
    n: parts[0]?.n ?? 0,
    insert: { repositories: [], raw: [] },
    insertBatches: { repositories: [], raw: [] },
    stamp: [],
    queue: {},
    statusCounts: [],
  };
  for (const part of parts) {
    merged.insert.repositories.push(...part.insert.repositories);
    merged.insert.raw.push(...part.insert.raw);
    merged.insertBatches.repositories.push(...(part.insertBatches?.repositories ?? []));
    merged.insertBatches.raw.push(...(part.insertBatches?.raw ?? []));
    merged.stamp.push(...part.stamp);
    merged.statusCounts.push(...part.statusCounts);
    if (part.search) merged.search = part.search;
    if (part.saveOrder) merged.saveOrder = part.saveOrder;
    if (part.saveOrderNoRollups) merged.saveOrderNoRollups = part.saveOrderNoRollups;
    if (part.dashboard) merged.dashboard = part.dashboard;
    if (part.queueHeapMb !== undefined) merged.queueHeapMb = part.queueHeapMb;
    if (part.exportHeapMb !== undefined) merged.exportHeapMb = part.exportHeapMb;
    for (const [label, sides] of Object.entries(part.queue)) {
      merged.queue[label] ??= { repositories: [], raw: [] };
      merged.queue[label].repositories.push(...sides.repositories);
      merged.queue[label].raw.push(...sides.raw);
    }
  }
  return merged;
}

/**
 * matrix_checks (a cell edit, every coverage check recomputed) and matrix_suggest, at staff × duties;
 * matrix_edit: the same edit on the screen, click to the grid showing it.
 * @param {import('./matrix-bench').MatrixRuns} runs
 * @param {import('./matrix-ui-bench').MatrixUiRuns | undefined} ui
 * @returns {Figure[]}
 */
export function matrixFigures(runs, ui) {
  const n = runs.staff * runs.duties;
  return [
    ...(ui ? [figureOf('matrix_edit', ui.staff * ui.duties, ui.edit, undefined)] : []),
    figureOf('matrix_checks', n, runs.checks, undefined),
    figureOf('matrix_suggest', n, runs.suggest, undefined),
  ];
}
