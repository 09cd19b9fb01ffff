import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords, writePackage } from '../unit/package/records';
import { type A11yFinding, a11yFindings, newMachine, screenshot, serveApp } from './harness';

// Every page, and the dialogs and drawers a manager opens in the first hour, in both languages on the
// sample office at 1366×768: axe-core finds nothing critical or serious (the moderate and minor findings
// are printed), each page has one level-one heading, and nothing is wider than the window or cut off at
// its right edge. Every step is screenshotted to be looked at.

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

type Tree = { [key: string]: string | Tree };
const rendererDir = join(import.meta.dirname, '../../renderer');

/** The app's strings in one language, merged as renderer/i18n merges them: core, features and ui. */
function stringsOf(language: 'en' | 'zh-CN'): Tree {
  const merged = JSON.parse(readFileSync(join(rendererDir, `i18n/locales/${language}.json`), 'utf8')) as Tree;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith(`/locales/${language}.json`))
        Object.assign(merged, JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(join(rendererDir, 'features'));
  walk(join(rendererDir, 'ui'));
  return merged;
}

/** The string at a dotted key, e.g. `teamArea.staff.add`. */
const text = (strings: Tree, key: string): string => {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      strings,
    );
  if (typeof value !== 'string') throw new Error(`no string ${key}`);
  return value;
};

interface Seen extends A11yFinding {
  where: string;
}

/** Where a page overflows: wider than the window, or an element cut off at its right edge. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    const scroll = document.scrollingElement?.scrollWidth ?? 0;
    if (scroll > width) found.push(`page ${scroll}px wide in a ${width}px window`);
    // An element past the right edge that no scrolling container lets the user reach is cut off.
    const scrollable = (el: Element | null): boolean => {
      for (let node = el?.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth)
          return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('main *, [role="dialog"] *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1) continue;
      if (scrollable(el)) continue;
      // Text for screen readers only (a chart's figures) sits in a 1px clipped box: nobody sees it cut.
      if (el.closest('[data-chart-figures]')) continue;
      const name = el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
      found.push(`${el.tagName.toLowerCase()} "${name}" ends at ${Math.round(rect.right)}px`);
    }
    return found.slice(0, 5);
  });
}

async function withLevelOneHeadings(page: Page): Promise<number> {
  return page.locator('h1').count();
}

for (const language of ['en', 'zh-CN'] as const) {
  const S = stringsOf(language);
  const t = (key: string) => text(S, key);

  describe(`accessibility and fit in ${language}`, () => {
    it('every page, dialog and drawer: no critical or serious axe finding, one h1, nothing cut off', async () => {
      const machine = await newMachine(language === 'en' ? 'en-US' : 'zh-CN');
      const { page } = machine;
      const seen: Seen[] = [];
      const problems: string[] = [];
      let step = 0;

      /** Screenshot, scan and measure what is on screen: the page, or the dialog on top. */
      const look = async (name: string, kind: 'page' | 'dialog' = 'page') => {
        await page.waitForTimeout(400); // transitions end
        const where = `${language}-${String(++step).padStart(2, '0')}-${name}`;
        await screenshot(page, where);
        let scope = 'body';
        if (kind === 'dialog') {
          scope = '[data-a11y-scope]';
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('[data-a11y-scope]'))
              el.removeAttribute('data-a11y-scope');
            const dialogs = [...document.querySelectorAll('[role="dialog"]')].filter(
              (el) => el.getBoundingClientRect().width > 0,
            );
            dialogs.at(-1)?.setAttribute('data-a11y-scope', '');
          });
        } else {
          if ((await withLevelOneHeadings(page)) !== 1) {
            problems.push(`${where}: ${await withLevelOneHeadings(page)} level-one headings`);
          }
          // Every chart (a canvas) comes with its figures as a table, named by its caption.
          const charts = await page.locator('main canvas').count();
          const figures = await page.locator('main table caption').count();
          if (charts > figures)
            problems.push(`${where}: ${charts} charts, ${figures} tables of their figures`);
        }
        for (const finding of await a11yFindings(page, scope, { bestPractice: true }))
          seen.push({ ...finding, where });
        for (const overflow of await overflows(page)) problems.push(`${where}: ${overflow}`);
      };
      const open = async (area: string) => {
        await page.locator(`nav a[data-area="${area}"]`).click();
        await page.waitForURL(new RegExp(`#/${area}$`));
        await page.waitForLoadState('networkidle');
      };
      const dialog = () => page.locator('[role="dialog"]').last();
      /** Esc as a person presses it: once closes an open list, again the dialog. */
      const closeWithEsc = async () => {
        const count = await page.locator('[role="dialog"]').count();
        for (let i = 0; i < 3 && (await page.locator('[role="dialog"]').count()) >= count; i++) {
          await page.keyboard.press('Escape');
          await page.waitForTimeout(300);
        }
        await expect.poll(() => page.locator('[role="dialog"]').count()).toBeLessThan(count);
      };

      try {
        await page.goto(server.url);
        await page.getByLabel(t('firstRun.machineName')).fill(language === 'en' ? 'Front desk' : '前台电脑');
        await page.getByLabel(t('firstRun.orderPrefix')).fill('AX');
        await look('first-run');
        await page.getByRole('button', { name: t('firstRun.loadSample') }).click();
        await page.getByTestId('stat-total').waitFor({ timeout: 120_000 });
        await look('dashboard');
        // A period figure opens the orders behind it, in a view named for the period.
        await page.getByTestId('stat-received').click();
        await page.waitForURL(/#\/orders$/);
        await page.getByTestId('queue-list').locator('[data-order]').first().waitFor();
        await look('orders-received-in-period');
        await open('dashboard');

        await page.keyboard.press('Control+K');
        await page.getByPlaceholder(t('palette.placeholder')).waitFor();
        await look('command-palette', 'dialog');
        await page.keyboard.press('Escape');

        await open('orders');
        const rows = page.getByTestId('queue-list').locator('[data-order]');
        await rows.first().waitFor();
        await look('orders');
        // The queue's last column is on screen.
        const lastColumn = await page
          .getByTestId('queue-list')
          .locator('[role="columnheader"]')
          .last()
          .boundingBox();
        if (!lastColumn || lastColumn.x + lastColumn.width > 1366)
          problems.push(
            `${language} orders: last column ends at ${lastColumn ? lastColumn.x + lastColumn.width : 'nowhere'}`,
          );
        await rows.first().click();
        await page.getByTestId('order-detail').waitFor();
        await look('order-detail', 'dialog');
        await closeWithEsc();
        await page.getByTestId('new-order').click();
        await page.getByTestId('order-entry').waitFor();
        await look('order-entry', 'dialog');
        await closeWithEsc();
        await page.getByTestId('import-orders').click();
        await page.getByTestId('import-pick-file').waitFor();
        await look('import-file', 'dialog');
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByTestId('import-pick-file').click(),
        ]);
        await chooser.setFiles(join(import.meta.dirname, '../fixtures/import/errors.csv'));
        await page.getByTestId('import-file-ok').waitFor();
        await look('import-file-read', 'dialog');
        await page.getByTestId('import-to-mapping').click();
        await page.getByTestId('mapping-preview').waitFor();
        await look('import-mapping', 'dialog');
        await page.getByTestId('import-dry-run').click();
        await page.getByTestId('dry-run-stats').waitFor({ timeout: 60_000 });
        await look('import-dry-run', 'dialog');
        await closeWithEsc();

        await open('customers');
        await page.getByTestId('customers-table').waitFor();
        await look('customers');
        await page.getByTestId('new-customer').click();
        await page.getByTestId('customer-form').waitFor();
        await look('customer-form', 'dialog');
        await closeWithEsc();
        await page.getByRole('tab', { name: new RegExp(t('customers.products')) }).click();
        await page.getByTestId('products-table').waitFor();
        await look('products');
        await page.getByTestId('new-product').click();
        await page.getByTestId('product-form').waitFor();
        await look('product-form', 'dialog');
        await closeWithEsc();

        await open('team');
        await page.getByTestId('duty-matrix').waitFor();
        await look('team-matrix');
        await page.getByRole('button', { name: t('teamArea.suggest.button') }).click();
        await dialog().waitFor();
        await look('team-suggest', 'dialog');
        await closeWithEsc();
        await page.getByRole('tab', { name: t('teamArea.tabs.staff'), exact: true }).click();
        await page.getByTestId('staff-table').waitFor();
        await look('team-staff');
        await page.getByRole('button', { name: t('teamArea.staff.add') }).click();
        await page.getByTestId('staff-form').waitFor();
        await look('staff-form', 'dialog');
        await closeWithEsc();
        await page.getByRole('tab', { name: t('teamArea.tabs.duties'), exact: true }).click();
        await page.getByTestId('duties-table').waitFor();
        await look('team-duties');
        await page.getByRole('button', { name: t('teamDuties.newDuty') }).click();
        await dialog().waitFor();
        await look('duty-form', 'dialog');
        await closeWithEsc();
        await page.getByRole('tab', { name: t('teamArea.tabs.absences'), exact: true }).click();
        await page.getByTestId('absence-calendar').waitFor();
        await look('team-absences');
        await page.getByRole('button', { name: t('teamAbsences.add') }).click();
        await dialog().waitFor();
        await look('absence-form', 'dialog');
        await closeWithEsc();
        await page.getByRole('tab', { name: t('teamArea.tabs.workload'), exact: true }).click();
        await page.getByTestId('workload-chart').waitFor();
        await look('team-workload');

        await open('goals');
        await page.getByTestId('goal-table').waitFor();
        await look('goals');
        await page.getByTestId('new-goal').click();
        await dialog().waitFor();
        await look('goal-form', 'dialog');
        await closeWithEsc();
        await page.getByTestId('goal-table').getByRole('button').first().click();
        await page.getByTestId('goal-chart').waitFor();
        await look('goal-detail', 'dialog');
        await closeWithEsc();
        await open('analysis');
        await page.getByTestId('analysis-revenue').waitFor();
        await look('analysis');

        // Training: every tab, and each of its dialogs.
        await open('training');
        const tab = async (id: string) => {
          await page.getByTestId(`training-tab-${id}`).click();
          await page.waitForTimeout(200);
        };
        await page.getByTestId('plan-people').waitFor();
        await look('training-plans');
        await page.getByTestId('give-plan-open').click();
        await dialog().waitFor();
        await look('training-give-plan', 'dialog');
        await closeWithEsc();
        // A new person of the sample has the onboarding plan's six courses, some still open.
        await page
          .getByTestId('plan-people')
          .locator('tbody tr')
          .filter({ has: page.locator('td:nth-child(2)', { hasText: /^6$/ }) })
          .first()
          .getByRole('button')
          .click();
        await page.getByTestId('complete-open').first().click();
        await dialog().waitFor();
        await look('training-complete', 'dialog');
        await closeWithEsc();
        await tab('catalogue');
        await page.getByTestId('course-table').waitFor();
        await look('training-courses');
        await page.getByTestId('new-course').click();
        await page.getByTestId('course-form').waitFor();
        await look('training-course-form', 'dialog');
        await closeWithEsc();
        await tab('sessions');
        await page.getByTestId('session-row').first().waitFor();
        await look('training-sessions');
        await page.getByTestId('new-session').click();
        await page.getByTestId('session-form').waitFor();
        await look('training-session-form', 'dialog');
        await closeWithEsc();
        await page.getByTestId('session-attendance').first().click();
        await page.getByTestId('attendance-form').waitFor();
        await look('training-attendance', 'dialog');
        await closeWithEsc();
        await tab('needs');
        await page.getByTestId('needs-list').waitFor();
        await look('training-needs');
        await tab('career');
        await page.getByTestId('career-row').first().waitFor();
        await look('training-career');
        await page.getByTestId('new-career-plan').click();
        await page.getByTestId('career-form').waitFor();
        await look('training-career-form', 'dialog');
        await closeWithEsc();
        await tab('overview');
        await page.getByTestId('training-cost-chart').waitFor();
        await look('training-overview');

        // Reviews: every tab, the cycle board and its dialogs (the sample has a cycle in progress).
        await open('reviews');
        const reviewsTab = async (id: string) => {
          await page.getByTestId(`reviews-tab-${id}`).click();
          await page.waitForTimeout(200);
        };
        await page.getByTestId('cycle-table').waitFor();
        await look('reviews-cycles');
        await page.getByTestId('new-cycle').click();
        await page.getByTestId('cycle-form').waitFor();
        await look('reviews-cycle-form', 'dialog');
        await closeWithEsc();
        await page.getByTestId('open-cycle').first().click();
        await page.getByTestId('cycle-board').waitFor();
        await look('reviews-board');
        await page.getByTestId('review-requests').first().click();
        await page.getByTestId('requests-dialog').waitFor();
        await look('reviews-requests', 'dialog');
        await closeWithEsc();
        await page.getByTestId('open-review').first().click();
        await page.getByTestId('final-score').waitFor();
        await look('reviews-review', 'dialog');
        await closeWithEsc();
        await page.getByTestId('answer-request').click();
        await page.getByTestId('answer-dialog').waitFor();
        await look('reviews-answer', 'dialog');
        await closeWithEsc();
        await reviewsTab('templates');
        await page.getByTestId('template-table').waitFor();
        await look('reviews-templates');
        await page.getByTestId('open-template').first().click();
        await page.getByTestId('template-form').waitFor();
        await look('reviews-template-form', 'dialog');
        await closeWithEsc();
        await reviewsTab('calibration');
        await look('reviews-calibration');
        await reviewsTab('rewards');
        await look('reviews-rewards');
        await reviewsTab('history');
        await look('reviews-history');

        // Routines: every tab, and the dialogs each opens (the sample has records in all of them).
        await open('routines');
        const routinesTab = async (id: string, shows: string) => {
          await page.getByTestId(`routines-tab-${id}`).click();
          await page.getByTestId(shows).waitFor();
          await page.waitForTimeout(200);
        };
        /** Open a dialog with its button, look at it, close it with Esc. */
        const routinesDialog = async (button: string, form: string, name: string) => {
          await page.getByTestId(button).click();
          await page.getByTestId(form).waitFor();
          await look(name, 'dialog');
          await closeWithEsc();
        };
        await page.getByTestId('meetings-table').waitFor();
        await look('routines-meetings');
        await routinesDialog('new-meeting', 'meeting-form', 'routines-meeting-form');
        await routinesDialog('new-schedule', 'schedule-form', 'routines-schedule-form');
        await routinesTab('actions', 'actions-table');
        await look('routines-actions');
        await routinesTab('risks', 'risk-table');
        await look('routines-risks');
        await routinesDialog('new-risk', 'risk-form', 'routines-risk-form');
        await routinesTab('incidents', 'incident-table');
        await look('routines-incidents');
        await routinesDialog('new-incident', 'incident-form', 'routines-incident-form');
        await routinesTab('pdca', 'pdca-table');
        await page.getByTestId('pdca-open').first().click();
        await page.getByTestId('pdca-detail').waitFor();
        await look('routines-pdca');
        await routinesDialog('new-pdca', 'pdca-form', 'routines-pdca-form');
        await routinesTab('sops', 'sops-table');
        await page.getByTestId('sop-open').first().click();
        await page.getByTestId('sop-tab-draft').click();
        await page.getByTestId('sop-draft-body').waitFor();
        await look('routines-sop-draft');
        await routinesDialog('new-sop', 'sop-form', 'routines-sop-form');
        await routinesTab('events', 'events-list');
        await look('routines-events');
        await routinesDialog('new-event', 'event-form', 'routines-event-form');
        await routinesTab('culture', 'core-values');
        await look('routines-values');
        await routinesDialog('new-value', 'value-form', 'routines-value-form');
        await routinesDialog('new-recognition', 'recognition-form', 'routines-recognition-form');
        await routinesTab('care', 'care-list');
        await look('routines-care');
        await routinesDialog('new-care', 'care-form', 'routines-care-form');

        await open('sharing');
        await look('sharing');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('export-package').click(),
        ]);
        // The saved-package notification, with its close button, is scanned with the page.
        await page.getByText(t('sharingArea.export.done').split('{{')[0] as string).waitFor();
        await look('sharing-exported');
        expect(await download.path()).toBeTruthy();
        // The preview of another machine's package (its own is not merged back into a machine).
        const foreign = join(mkdtempSync(join(tmpdir(), 'salesdesk-a11y-')), 'other-office.sdpkg');
        writeFileSync(foreign, (await writePackage(sampleRecords(5, 30))).bytes);
        const [packageChooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByTestId('import-package').click(),
        ]);
        await packageChooser.setFiles(foreign);
        await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
        await look('sharing-preview');

        await open('settings');
        await look('settings');
      } finally {
        const report = (impacts: string[]) =>
          seen
            .filter((f) => impacts.includes(f.impact))
            .map((f) => `  ${f.impact} ${f.rule} on ${f.where}: ${f.target}`)
            .join('\n');
        console.log(
          `${language}: moderate and minor accessibility findings\n${report(['moderate', 'minor']) || '  none'}`,
        );
        console.log(`${language}: critical and serious\n${report(['critical', 'serious']) || '  none'}`);
        console.log(`${language}: layout\n${problems.join('\n') || '  none'}`);
        await machine.close();
      }
      expect(seen.filter((f) => f.impact === 'critical' || f.impact === 'serious')).toEqual([]);
      expect(problems).toEqual([]);
      expect(machine.errors).toEqual([]);
    });
  });
}
