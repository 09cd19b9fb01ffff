import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import absencesEn from '../../renderer/features/team/absences/locales/en.json';
import teamEn from '../../renderer/features/team/locales/en.json';
import { generateOffice } from '../../shared/sample';
import { type Machine, newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { firstRun, go, startOrder, typeDate } from './steps';

// The duty matrix end to end, as an office manager works it: take the sample office's matrix,
// leave order processing with its primary only, mark that primary away next week and see the warning,
// accept the suggestion and see it clear — then, on a day of that week, submit an order and see it go to
// the backup who covers order processing.

const T = teamEn.teamArea;
const A = absencesEn.teamAbsences;

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Local ISO date `days` from today. */
function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Next week's Monday to Friday, as local ISO dates. */
function nextWeek() {
  const toMonday = (8 - new Date().getDay()) % 7 || 7;
  return {
    monday: dayFromNow(toMonday),
    wednesday: dayFromNow(toMonday + 2),
    friday: dayFromNow(toMonday + 4),
  };
}

const DUTY = 'Order processing';

describe('duty matrix', () => {
  it('warns of a primary away with no backup, clears it by the suggestion, and routes orders to the covering backup', async () => {
    const office = generateOffice({ seed: sampleOfficeSeed, language: 'en', asOf: new Date() });
    const [primary, backup1, backup2] = office.staff.map((s) => s.input.name);
    const machine: Machine = await newMachine('en-US');
    const { page } = machine;
    const cell = (person: string, role: string) =>
      page.getByRole('button', { name: `${DUTY} · ${person}: ${T.role[role as keyof typeof T.role]}` });
    const issues = page.getByTestId('coverage-checks');
    try {
      await firstRun(page, server.url, 'Team desk', 'TD', true);
      await go(page, 'team');
      await page.getByTestId('duty-matrix').waitFor();
      expect(await cell(primary as string, 'primary').count()).toBe(1);
      await screenshot(page, 'en-team-matrix');

      // Order processing keeps its primary only: one backup cleared by a click (backup → none), the
      // other from the keyboard.
      await cell(backup1 as string, 'backup').click();
      await cell(backup1 as string, 'none').waitFor();
      await cell(backup2 as string, 'backup').focus();
      await page.keyboard.press('Delete');
      await cell(backup2 as string, 'none').waitFor();
      await issues.getByText(T.issue.no_backup.replace('{{duty}}', DUTY)).waitFor();

      // The primary is away all next week.
      const week = nextWeek();
      await page.getByRole('tab', { name: T.tabs.absences }).click();
      await page.getByRole('button', { name: A.add }).click();
      const form = page.getByTestId('absence-form');
      await form.getByLabel(A.fields.person).click();
      await page.getByRole('option', { name: primary, exact: true }).click();
      await typeDate(page, form.getByLabel(A.fields.from), week.monday);
      await typeDate(page, form.getByLabel(A.fields.to), week.friday);
      await form.getByRole('button', { name: /Save/ }).click();
      await form.waitFor({ state: 'detached' });
      await page
        .getByTestId('absence-list')
        .getByText(primary as string)
        .waitFor();
      await screenshot(page, 'en-team-absences');

      // Back on the matrix: the checks (the next 14 days) say order processing is uncovered next week.
      await page.getByRole('tab', { name: T.tabs.matrix }).click();
      const absent = issues.locator('[data-kind="primary_absent"]').filter({ hasText: `primary of ${DUTY}` });
      await absent.waitFor();
      expect(await absent.textContent()).toContain(primary);
      await screenshot(page, 'en-team-warning');

      // Suggest shows the change first; applying it clears both warnings of the duty.
      await page.getByRole('button', { name: T.suggest.button }).click();
      const suggestion = page.getByTestId('suggestion');
      await suggestion.waitFor();
      expect(await suggestion.locator('tr', { hasText: DUTY }).count()).toBe(1);
      await screenshot(page, 'en-team-suggestion');
      await page.getByRole('button', { name: T.suggest.apply }).click();
      await suggestion.waitFor({ state: 'detached' });
      await absent.waitFor({ state: 'detached' });
      expect(await issues.getByText(T.issue.no_backup.replace('{{duty}}', DUTY)).count()).toBe(0);
      await screenshot(page, 'en-team-suggestion-applied');

      // Who covers order processing next Wednesday: a backup, not the primary.
      const covers = page.getByTestId('covers-today');
      await typeDate(page, covers.getByLabel(T.covers.date), week.wednesday);
      const row = covers.locator(`tr[data-duty="${DUTY}"]`);
      await row.getByText(T.covers.backup).waitFor();
      const coverer = (await row.getByTestId('cover-owner').textContent()) ?? '';
      expect(coverer).not.toBe(primary);
      expect(office.staff.map((s) => s.input.name)).toContain(coverer);

      // On that Wednesday a submitted order goes to the backup covering order processing.
      await page.clock.setFixedTime(new Date(`${week.wednesday}T10:00:00`));
      await go(page, 'orders');
      await page.getByTestId('queue-list').waitFor();
      await startOrder(page, 'C0001', 'P0002');
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('order-detail').waitFor();
      await expect.poll(() => page.getByTestId('detail-assignee').inputValue()).toBe(coverer);
      await screenshot(page, 'en-team-order-routed');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});

describe('duty matrix edits', () => {
  it('a click on an empty cell makes the old primary a backup, and Ctrl+Z puts the duty back', async () => {
    const office = generateOffice({ seed: sampleOfficeSeed, language: 'en', asOf: new Date() });
    const invoicing = office.duties.find((d) => d.input.name.startsWith('Invoicing'));
    if (!invoicing) throw new Error('no invoicing duty in the sample office');
    const duty = invoicing.input.name;
    const nameOf = (id: string | null | undefined) => office.staff.find((s) => s.id === id)?.input.name ?? '';
    const primary = nameOf(invoicing.input.primaryId);
    const backups = (invoicing.input.backupIds ?? []).map(nameOf);
    // Someone on the team who holds no part of the duty: their cell in its row is empty.
    const newcomer = office.staff.find(
      (s) =>
        s.input.status !== 'left' &&
        s.id !== invoicing.input.primaryId &&
        !(invoicing.input.backupIds ?? []).includes(s.id),
    )?.input.name as string;
    const machine: Machine = await newMachine('en-US');
    const { page } = machine;
    const cell = (person: string, role: keyof typeof T.role) =>
      page.getByRole('button', { name: `${duty} · ${person}: ${T.role[role]}` });
    try {
      await firstRun(page, server.url, 'Matrix desk', 'MD', true);
      await go(page, 'team');
      await page.getByTestId('duty-matrix').waitFor();
      await cell(primary, 'primary').waitFor();

      await cell(newcomer, 'none').click();
      await cell(newcomer, 'primary').waitFor();
      // The old primary is still on the duty, as a backup, and the notification says so.
      await cell(primary, 'backup').waitFor();
      for (const backup of backups) await cell(backup, 'backup').waitFor();
      const said = T.undo.primaryOver
        .replace('{{person}}', newcomer)
        .replaceAll('{{duty}}', duty)
        .replace('{{old}}', primary);
      const notice = page.getByTestId('undo-delete').filter({ hasText: said });
      await notice.waitFor();
      expect(await notice.getByRole('button', { name: T.undo.button }).count()).toBe(1);
      expect(await seriousA11yFindings(page, '[data-testid="duty-matrix"]')).toEqual([]);
      await screenshot(page, 'en-team-matrix-demoted');

      // Focus is still on the clicked cell: Ctrl+Z takes the click back.
      await page.keyboard.press('Control+z');
      await cell(primary, 'primary').waitFor();
      await cell(newcomer, 'none').waitFor();
      for (const backup of backups) await cell(backup, 'backup').waitFor();
      await page.getByText(T.undo.done.replace('{{duty}}', duty)).waitFor();
      await notice.waitFor({ state: 'detached' });
      await screenshot(page, 'en-team-matrix-undone');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
