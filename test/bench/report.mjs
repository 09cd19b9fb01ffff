// Printing the benchmark table and keeping bench-results.json: one entry per figure and n, so several
// issues can add their own figures and a rerun replaces only what it measured.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/** @typedef {import('./figures.mjs').Figure} Figure */

/** The bar most speed figures share: at most 1.3× their baseline, judged at n = 100,000. */
const RATIO_AT_100K = {
  label: 'ratio ≤ 1.3 at n=100000',
  /** @param {Figure} f */
  when: (f) => f.n === 100_000 && f.ratio !== null,
  /** @param {Figure} f */
  pass: (f) => (f.ratio ?? Infinity) <= 1.3,
};

/** Targets by figure; `when` limits where a target is judged (insert speed is judged at 100k orders). */
export const targets = {
  insert_orders: RATIO_AT_100K,
  // The last tenth of an insert's orders against its first tenth, through the repositories in one run
  // (figures.mjs insertGrowth); the issue judges it at a million orders, and it must hold at any size.
  insert_growth: { label: '≤ 1.5', when: () => true, pass: (f) => (f.median ?? Infinity) <= 1.5 },
  import_order_lines: RATIO_AT_100K,
  // Against the import itself (run.mjs: the same profile, right after it).
  revert_import: RATIO_AT_100K,
  // The same bar once a backup holds the import (its revert leaves tombstones, the import after it revives them).
  revert_shared_import: RATIO_AT_100K,
  reimport_after_shared_revert: RATIO_AT_100K,
  reimport_after_revert: RATIO_AT_100K,
  // Against read + serialise + gzip of the same content in sequence: the worker pipeline must not cost more.
  export_orders: RATIO_AT_100K,
  import_merge: {
    label: 'ratio ≤ 1.5 at n=100000',
    when: (f) => f.n === 100_000 && f.ratio !== null,
    pass: (f) => (f.ratio ?? Infinity) <= 1.5,
  },
  import_heap_mb: {
    label: '≤ 128 MB at n=100000',
    when: (f) => f.n === 100_000,
    pass: (f) => f.median <= 128,
  },
  preview_heap_mb: {
    label: '≤ 256 MB at n=1000000',
    when: (f) => f.n === 1_000_000,
    pass: (f) => f.median <= 256,
  },
  export_heap_mb: {
    label: '≤ 256 MB at n=1000000',
    when: (f) => f.n === 1_000_000,
    pass: (f) => f.median <= 256,
  },
  // n = staff × duties; the matrix is 30 × 60.
  matrix_edit: { label: '≤ 16 ms at 30×60', when: (f) => f.n === 1_800, pass: (f) => f.median <= 16 },
  matrix_checks: { label: '≤ 16 ms at 30×60', when: (f) => f.n === 1_800, pass: (f) => f.median <= 16 },
  matrix_suggest: { label: '≤ 100 ms at 30×60', when: (f) => f.n === 1_800, pass: (f) => f.median <= 100 },
  queue_page: { label: '≤ 20 ms', when: () => true, pass: (f) => f.median <= 20 },
  search_order: { label: '≤ 30 ms', when: () => true, pass: (f) => f.median <= 30 },
  save_order: { label: '≤ 20 ms', when: () => true, pass: (f) => f.median <= 20 },
  // Saving an order with the insight rollups against the same save without them, in the same run.
  rollup_overhead: {
    label: 'ratio ≤ 1.15',
    when: (f) => f.ratio !== null,
    pass: (f) => (f.ratio ?? Infinity) <= 1.15,
  },
  // The dashboard's figures against the same counted by scanning every order.
  dashboard: {
    label: '≤ 100 ms and ratio ≤ 0.02 at n=1000000',
    when: (f) => f.n === 1_000_000 && f.ratio !== null,
    pass: (f) => f.median <= 100 && (f.ratio ?? Infinity) <= 0.02,
  },
  queue_heap_mb: { label: '≤ 200 MB', when: () => true, pass: (f) => f.median <= 200 },
  first_load_js_kb: { label: '≤ 300 KB', when: () => true, pass: (f) => f.median <= 300 },
  // What a person waits for, cold starts on a profile holding the office (screens.mjs): navigation start to
  // the dashboard's figures, against the same on an empty office; a click on Orders to its first page and
  // count, against the same on the sample office (3,000 orders); a click to any other area's content.
  startup_dashboard_ms: {
    label: '≤ 800 ms and ratio ≤ 1.2',
    when: () => true,
    pass: (f) => f.median <= 800 && (f.ratio ?? Infinity) <= 1.2,
  },
  open_orders_ms: {
    label: '≤ 300 ms and ratio ≤ 1.2',
    when: () => true,
    pass: (f) => f.median <= 300 && (f.ratio ?? Infinity) <= 1.2,
  },
  ...Object.fromEntries(
    ['team', 'customers', 'goals', 'training', 'reviews', 'routines'].map((id) => [
      `open_${id}_ms`,
      { label: '≤ 300 ms', when: () => true, pass: (f) => f.median <= 300 },
    ]),
  ),
};

/** @param {Figure} figure */
export function verdict(figure) {
  const target = targets[figure.figure];
  if (!target) return { target: '', result: '' };
  if (!target.when(figure)) return { target: target.label, result: '—' };
  return { target: target.label, result: target.pass(figure) ? 'pass' : 'FAIL' };
}

/** @param {Figure[]} figures */
export function formatTable(figures) {
  const header = ['figure', 'n', 'unit', 'median', 'baseline', 'ratio', 'target', 'result'];
  const rows = figures.map((f) => {
    const { target, result } = verdict(f);
    return [
      f.figure,
      String(f.n),
      f.unit,
      String(f.median),
      f.baseline === null ? '—' : String(f.baseline),
      f.ratio === null ? '—' : `${f.ratio}×`,
      target,
      result,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Merge into the results file: replace entries with the same figure and n, keep the others.
 * @param {string} path
 * @param {Figure[]} figures
 */
export async function mergeResults(path, figures) {
  /** @type {Figure[]} */
  let existing = [];
  if (existsSync(path)) {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8'));
      if (Array.isArray(parsed)) existing = parsed;
    } catch {
      existing = [];
    }
  }
  const key = (f) => `${f.figure}@${f.n}`;
  const fresh = new Map(figures.map((f) => [key(f), f]));
  const kept = existing.filter((f) => !fresh.has(key(f)));
  const merged = [
    ...kept,
    ...figures.map(({ figure, n, unit, median, baseline, ratio }) => ({
      figure,
      n,
      unit,
      median,
      baseline,
      ratio,
    })),
  ];
  merged.sort((a, b) => a.figure.localeCompare(b.figure) || a.n - b.n);
  await writeFile(path, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
