import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot, seriousA11yFindings } from './harness';
import { readStore } from './review-steps';

// Steps of the routines e2e test: a look at the screen (screenshot and axe), lists chosen from as a person
// chooses, what a field says is wrong, and the office's error rate counted straight from the orders.

export type Language = 'en' | 'zh-CN';

/** Screenshot the page as `<language>-routines-<name>` and expect no serious axe finding in `scope`. */
export async function look(page: Page, language: Language, scope: string, name: string) {
  await page.waitForTimeout(250); // a dialog's or tab's transition ends
  // The whole page from its top (scrolled, the fixed header would be drawn across its middle).
  if (scope === 'body') await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `${language}-routines-${name}`);
  expect(await seriousA11yFindings(page, scope)).toEqual([]);
}

/** The dialog on top (a dialog opened from another is the last one). */
export const topDialog = (page: Page) => page.locator('[role="dialog"]').last();

/** Esc as a person presses it, until the dialog on top has closed (once closes an open list, again the dialog). */
export async function closeWithEsc(page: Page) {
  const dialogs = page.locator('[role="dialog"]');
  const count = await dialogs.count();
  for (let i = 0; i < 3 && (await dialogs.count()) >= count; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  await expect.poll(() => dialogs.count()).toBeLessThan(count);
}

/** Click a list field and click one of its options. */
export async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Click a searchable list field, select what it shows, type part of the choice over it, click the choice. */
export async function pickTyped(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Click a text field at its end and type (what it holds stays). */
export async function typeInto(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** What the page says about a field: its error, read through aria-describedby as a screen reader does. */
export async function fieldMessage(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' | '),
  );
}

export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

/** Today on this machine, YYYY-MM-DD. */
export const localToday = () => new Date().toLocaleDateString('sv-SE');

/** The day `days` after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days).toLocaleDateString('sv-SE');
}

/** A day as the UI writes it (the medium date style of the language). */
export function shownDay(iso: string, language: Language) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', { dateStyle: 'medium' }).format(
    new Date(y, m - 1, d),
  );
}

/**
 * The office's error rate over a period, from the raw orders in IndexedDB (on the machine's local days):
 * of every order submitted in the period (whoever handles it), the share returned for correction at least
 * once, in percent to one decimal — as the metric engine defines it (shared/insights/metrics.ts over
 * shared/rules/rollups.ts). Null when no order was submitted.
 */
export function officeErrorRate(page: Page, from: string, to: string) {
  return page.evaluate(
    async ({ from, to }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('salesdesk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      type Raw = { deleted: boolean; milestones?: { submittedAt?: string; returns?: number } };
      const orders = await new Promise<Raw[]>((resolve, reject) => {
        const request = db.transaction('orders').objectStore('orders').getAll();
        request.onsuccess = () => resolve(request.result as Raw[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const day = (iso: string) => new Date(iso).toLocaleDateString('sv-SE');
      let received = 0;
      let returned = 0;
      for (const order of orders) {
        const m = order.milestones ?? {};
        if (order.deleted || !m.submittedAt) continue;
        const d = day(m.submittedAt);
        if (d < from || d > to) continue;
        received += 1;
        if ((m.returns ?? 0) > 0) returned += 1;
      }
      return {
        received,
        returned,
        rate: received === 0 ? null : Math.round((returned / received) * 1000) / 10,
      };
    },
    { from, to },
  );
}

/** How many live records a store holds. */
export async function liveCount(page: Page, store: string) {
  return (await readStore<{ deleted?: boolean }>(page, store)).filter((r) => !r.deleted).length;
}
