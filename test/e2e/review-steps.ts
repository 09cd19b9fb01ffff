import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot, seriousA11yFindings } from './harness';

// Steps of the reviews e2e test: files in and out of the browser, a field chosen from its list, the
// period's KPI figures counted straight from the orders in IndexedDB, and the scoring arithmetic redone.

/** Click what saves a file and keep the download under its suggested name in `dir`; returns the path. */
export async function saveDownload(page: Page, button: Locator, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Click what opens a file chooser and choose `path` in it. */
export async function chooseFile(page: Page, button: Locator, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(path);
}

/** Click a searchable list field, type part of the choice and click the choice. */
export async function choose(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Replace what a field holds as a person does: click at its end, erase it with Backspace, type, Tab on. */
export async function retype(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('End');
  const length = (await field.inputValue()).length;
  for (let i = 0; i < length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The quarter `back` quarters before the one holding `today` (YYYY-MM-DD): its first and last day. */
export function quarterBefore(today: string, back: number) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, Math.floor((m - 1) / 3) * 3 - back * 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** Every record of a store of the machine's IndexedDB. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('salesdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows as T[];
  }, store) as Promise<T[]>;
}

export interface OrderCounts {
  /** Shipped in the period with their timeliness known, and of those on time. */
  timed: number;
  onTime: number;
  /** Submitted in the period, and of those returned for correction at least once. */
  received: number;
  returned: number;
}

/**
 * A person's orders in a period, counted from the raw orders in the page (so on the machine's local days):
 * as the metric engine defines them (shared/insights/metrics.ts over shared/rules/rollups.ts) — the order's
 * assignee is whose figure it is; on time counts on the day it shipped, of the shipped orders whose
 * lateness is known; the error rate counts on the day it was submitted, returned at least once.
 */
export function countOrders(page: Page, staffId: string, from: string, to: string): Promise<OrderCounts> {
  return page.evaluate(
    async ({ staffId, from, to }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('salesdesk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      type Raw = {
        deleted: boolean;
        assigneeId: string | null;
        milestones?: { submittedAt?: string; shippedAt?: string; returns?: number; late?: boolean | null };
      };
      const orders = await new Promise<Raw[]>((resolve, reject) => {
        const request = db.transaction('orders').objectStore('orders').getAll();
        request.onsuccess = () => resolve(request.result as Raw[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const day = (iso: string) => {
        const d = new Date(iso);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const inside = (iso: string) => day(iso) >= from && day(iso) <= to;
      const counts = { timed: 0, onTime: 0, received: 0, returned: 0 };
      for (const order of orders) {
        const m = order.milestones ?? {};
        if (order.deleted || order.assigneeId !== staffId || !m.submittedAt) continue;
        if (inside(m.submittedAt)) {
          counts.received += 1;
          if ((m.returns ?? 0) > 0) counts.returned += 1;
        }
        if (m.shippedAt && typeof m.late === 'boolean' && inside(m.shippedAt)) {
          counts.timed += 1;
          if (!m.late) counts.onTime += 1;
        }
      }
      return counts;
    },
    { staffId, from, to },
  );
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

/** The weighted mean of the parts that have a value, one decimal (the template's default final score). */
export function weightedMean(parts: { value: number | null; weight: number }[]): number | null {
  const scored = parts.filter((p) => p.value !== null && p.weight > 0);
  const weights = scored.reduce((sum, p) => sum + p.weight, 0);
  if (weights === 0) return null;
  return round1(scored.reduce((sum, p) => sum + (p.value as number) * p.weight, 0) / weights);
}

/** A number as the English UI writes it (en-US grouping, up to three decimals). */
export const shown = (value: number) => new Intl.NumberFormat('en-US').format(value);

/**
 * The KPI figures a person's orders give, by metric: the on-time rate and error rate in percent to one
 * decimal (as the metric engine rounds them) and the score each earns against its target (actual ÷ target
 * for a higher-better figure, target ÷ actual for a lower-better one, held to 0–150); null for any other
 * KPI (goal attainment: see goalsDue).
 */
export function kpiFigures(counts: OrderCounts, kpis: readonly { metric: string; target: number }[]) {
  const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
  return new Map(
    kpis.map(({ metric, target }) => {
      if (metric === 'onTimeRate') {
        const actual = percent(counts.onTime, counts.timed);
        return [metric, { actual, score: round1(Math.min(150, (actual / target) * 100)) }];
      }
      if (metric === 'errorRate') {
        const actual = percent(counts.returned, counts.received);
        return [metric, { actual, score: actual > 0 ? round1(Math.min(150, (target / actual) * 100)) : 150 }];
      }
      return [metric, null];
    }),
  );
}

/** A section scored from 1–5 ratings: their mean × 20, one decimal. */
export const ratingScore = (levels: readonly number[]) =>
  round1((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 20);

/** Screenshot the page and expect no serious accessibility finding in `scope` (the page, a dialog). */
export async function look(page: Page, scope: string, name: string) {
  await screenshot(page, `en-reviews-${name}`);
  expect(await seriousA11yFindings(page, scope)).toEqual([]);
}

export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

/** The person's own goals due in the period, straight from IndexedDB (goal attainment's goals). */
export async function goalsDue(page: Page, staffId: string, from: string, to: string) {
  type Goal = { scope: string; ownerId: string; due: string; deleted: boolean };
  return (await readStore<Goal>(page, 'goals')).filter(
    (g) => !g.deleted && g.scope === 'person' && g.ownerId === staffId && g.due >= from && g.due <= to,
  );
}

/**
 * On the reviewer's machine: open a request file through "Answer a feedback request", rate each
 * competency (`levels`, in order), type the answers ('' left blank) and save the response file into
 * `dir`; returns its path. The "saved" notification is closed after (a person takes longer to answer the
 * next one than it stays; the test does not, and it would lie over the next form's save button).
 */
export async function answerRequest(
  page: Page,
  request: string,
  levels: readonly number[],
  words: readonly string[],
  dir: string,
  before?: (step: 'pick' | 'save') => Promise<void>,
): Promise<string> {
  await page.getByTestId('answer-request').click();
  await before?.('pick');
  await chooseFile(page, page.getByTestId('answer-dialog').getByTestId('answer-pick'), request);
  const form = page.getByTestId('answer-form');
  const blocks = form.getByTestId('answer-competency');
  await blocks.first().waitFor();
  if ((await blocks.count()) !== levels.length) throw new Error('the request asks other competencies');
  for (const [c, level] of levels.entries()) await blocks.nth(c).getByTestId(`rate-${level}`).click();
  for (const [q, said] of words.entries()) {
    if (said === '') continue;
    await form.getByTestId('answer-question').nth(q).click();
    await page.keyboard.type(said);
  }
  await before?.('save');
  const path = await saveDownload(page, page.getByTestId('answer-save'), dir);
  await form.waitFor({ state: 'detached' });
  const saved = page.locator('.mantine-Notification-root').filter({ hasText: basename(path) });
  await saved.getByRole('button').click();
  await saved.waitFor({ state: 'detached' });
  return path;
}
