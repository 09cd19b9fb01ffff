// What a person waits for, on a profile that already holds the office, each start a new browser process
// (a cold page load, the data on disk): startup_dashboard_ms (navigation start → the dashboard's figures
// shown), open_orders_ms (a click on Orders → the default view's first page and its count) and
// open_<area>_ms (a click → the area's first content). Times are taken in the page (performance.now(),
// from navigation start or from the click) by a MutationObserver installed before the app's scripts run.
import { openProfile, seededProfile, serveAppAndBench } from '../support/office-profile.mjs';
import { median } from './figures.mjs';

/** The sample office's size: open_orders_ms is judged against it. */
export const SAMPLE_ORDERS = 3_000;
/** The areas timed after Orders, in the order a person might open them. */
export const timedAreas = ['team', 'customers', 'goals', 'training', 'reviews', 'routines'];
/** An area's content has settled once nothing in the page changed for this long. */
const QUIET_MS = 500;
/** How long a person looks at a screen before the next click. */
const READ_MS = 1_500;

/** Installed before the app's scripts: records when the shell and the dashboard's figures first show. */
function watchStart() {
  const marks = {};
  window.__startMarks = marks;
  const observer = new MutationObserver(() => {
    if (!marks.nav && document.querySelector('nav[aria-label="areas"]')) marks.nav = performance.now();
    if (!marks.figures && document.querySelector('[data-testid="dashboard"][data-shown="figures"]')) {
      marks.figures = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * In the page: click the area in the navigation and resolve with the ms until it shows. Orders: its first
 * row and a count. Others: the area's heading without the page skeleton, then the last change in the page
 * before it stays still for QUIET_MS (its lists, tabs and figures filled in).
 * @param {{ id: string, quietMs: number }} args
 */
function clickArea({ id, quietMs }) {
  return new Promise((resolve, reject) => {
    const link = document.querySelector(`nav a[data-area="${id}"]`);
    if (!link) return reject(new Error(`no navigation link for ${id}`));
    const label = link.textContent?.trim() ?? '';
    const main = document.querySelector('main') ?? document.body;
    let shownAt = 0;
    let last = 0;
    const shown = () => {
      if (id === 'orders') {
        const count = main.querySelector('[data-testid="queue-count"]')?.textContent ?? '';
        return !!main.querySelector('[data-testid="queue-list"] [aria-rowindex="2"]') && /[1-9]/.test(count);
      }
      const heading = [...main.querySelectorAll('h1')].some((h) => h.textContent?.trim() === label);
      return heading && !main.querySelector('[data-testid="page-skeleton"]');
    };
    const observer = new MutationObserver(() => {
      last = performance.now();
      if (!shownAt && shown()) shownAt = last;
      if (shownAt && id === 'orders') finish(shownAt);
    });
    const finish = (at) => {
      observer.disconnect();
      clearInterval(timer);
      resolve(at - start);
    };
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const timer = setInterval(() => {
      const now = performance.now();
      if (shownAt && now - last >= quietMs) finish(last);
      else if (now - start > 30_000) {
        observer.disconnect();
        clearInterval(timer);
        reject(new Error(`${id} did not show within 30 s`));
      }
    }, 50);
    const start = performance.now();
    link.click();
  });
}

/**
 * One cold start on the profile: the dashboard's figures from navigation start, then (with `areas`) each
 * area opened in turn from the navigation.
 * @param {string} appUrl
 * @param {string} userDataDir
 * @param {string[]} areas
 */
async function coldStart(appUrl, userDataDir, areas) {
  const { context, page } = await openProfile(userDataDir);
  try {
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.addInitScript(watchStart);
    await page.goto(appUrl);
    await page.waitForFunction(() => window.__startMarks?.figures, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__startMarks);
    const open = {};
    for (const id of areas) {
      // A person looks at a screen before clicking on: the app's idle work (the next areas' code) runs then.
      await page.waitForTimeout(READ_MS);
      open[id] = await page.evaluate(clickArea, { id, quietMs: QUIET_MS });
    }
    return { shell: marks.nav, figures: marks.figures, open };
  } finally {
    await context.close();
  }
}

/**
 * Seed the profiles (an empty office, the sample office and, when larger, `orders` orders), start each
 * `repeats` times and return the figures.
 * @param {{ orders: number, repeats: number }} options
 * @returns {Promise<import('./figures.mjs').Figure[]>}
 */
export async function screenFigures({ orders, repeats }) {
  const server = await serveAppAndBench();
  const sizes = [...new Set([0, SAMPLE_ORDERS, orders])];
  /** @type {Map<number, Awaited<ReturnType<typeof seededProfile>>>} */
  const profiles = new Map();
  try {
    for (const n of sizes) {
      const profile = await seededProfile(server.benchUrl, { orders: n });
      profiles.set(n, profile);
      console.log(
        `[bench] screens: office of ${n.toLocaleString('en')} orders seeded in ${profile.seedMs} ms`,
      );
    }
    /** @type {Map<number, { shell: number[], figures: number[], open: Record<string, number[]> }>} */
    const runs = new Map(sizes.map((n) => [n, { shell: [], figures: [], open: {} }]));
    for (let rep = 0; rep < repeats; rep++) {
      for (const n of sizes) {
        const areas = n === orders ? ['orders', ...timedAreas] : n === SAMPLE_ORDERS ? ['orders'] : [];
        const one = await coldStart(server.appUrl, profiles.get(n).userDataDir, areas);
        const run = runs.get(n);
        run.shell.push(one.shell);
        run.figures.push(one.figures);
        for (const [id, ms] of Object.entries(one.open)) {
          run.open[id] ??= [];
          run.open[id].push(ms);
        }
        const opened = Object.entries(one.open).map(([id, ms]) => `${id} ${Math.round(ms)}`);
        console.log(
          `[bench] screens: ${n} orders, start ${rep + 1}: shell ${Math.round(one.shell)} ms, figures ${Math.round(one.figures)} ms${opened.length ? `; ${opened.join(', ')}` : ''}`,
        );
      }
    }
    const at = runs.get(orders);
    const figure = (name, mine, baseline) => {
      const m = median(mine);
      const b = baseline ? median(baseline) : Number.NaN;
      const round = (v) => (Number.isFinite(v) ? Math.round(v) : null);
      return {
        figure: name,
        n: orders,
        unit: 'ms',
        median: round(m),
        baseline: round(b),
        ratio: Number.isFinite(m / b) ? Math.round((m / b) * 100) / 100 : null,
      };
    };
    return [
      figure('startup_dashboard_ms', at.figures, runs.get(0).figures),
      figure('open_orders_ms', at.open.orders, runs.get(SAMPLE_ORDERS).open.orders),
      ...timedAreas.map((id) => figure(`open_${id}_ms`, at.open[id])),
    ];
  } finally {
    for (const profile of profiles.values()) await profile.remove();
    await server.close();
  }
}
