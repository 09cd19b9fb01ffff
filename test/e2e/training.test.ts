import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import teamEn from '../../renderer/features/team/locales/en.json';
import trainingEn from '../../renderer/features/training/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import { type Machine, newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { firstRun, go } from './steps';

// Training as an office manager runs it on the sample office: a new person joins and backs up order
// processing — the duty matrix warns that their order-system skill is too low — they get the onboarding
// plan, finish its first course, and the skill rises and the warning clears.

const T = trainingEn.trainingArea;
const M = teamEn.teamArea;
const NEWCOMER = 'Nina Newcomer';
const DUTY = 'Order processing';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

describe('training', () => {
  it('a new person gets the onboarding plan, completes a course, and the duty matrix warning clears', async () => {
    const machine: Machine = await newMachine('en-US');
    const { page } = machine;
    const warning = page
      .getByTestId('coverage-checks')
      .locator('[data-kind="skill_below"]')
      .filter({ hasText: NEWCOMER });
    try {
      await firstRun(page, server.url, 'Training desk', 'TR', true);

      // A new person joins and backs up order processing (a cell click cycles none → primary → backup).
      await go(page, 'team');
      await page.getByRole('tab', { name: M.tabs.staff }).click();
      await page.getByRole('button', { name: M.staff.add }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel(en.team.name).click();
      await page.keyboard.type(NEWCOMER);
      await form.getByRole('button', { name: /Save/ }).click();
      await page.getByTestId('staff-table').locator(`tr[data-name="${NEWCOMER}"]`).waitFor();
      await page.getByRole('tab', { name: M.tabs.matrix }).click();
      const cell = (role: keyof typeof M.role) =>
        page.getByRole('button', { name: `${DUTY} · ${NEWCOMER}: ${M.role[role]}` });
      await cell('none').click();
      await cell('primary').click();
      await cell('backup').waitFor();
      await warning.waitFor();
      expect(await warning.textContent()).toContain('Order system');

      // The onboarding plan, starting today.
      await go(page, 'training');
      await page
        .getByTestId('plan-people')
        .locator(`tr[data-person="${NEWCOMER}"]`)
        .getByRole('button')
        .click();
      await page.getByRole('heading', { name: T.plan.of.replace('{{name}}', NEWCOMER) }).waitFor();
      await page.getByTestId('give-plan-open').click();
      await page.getByTestId('give-plan-ok').click();
      const items = page.getByTestId('plan-items');
      await items.locator('tr[data-item="Order system basics"]').waitFor();
      expect(await items.locator('tbody tr').count()).toBe(6);
      expect(await items.locator('tbody tr').first().getAttribute('data-item')).toBe('Order system basics');
      await screenshot(page, 'en-training-plan');
      expect(await seriousA11yFindings(page, 'body')).toEqual([]);

      // The first course is done, with a score: the order-system skill goes to level 2.
      await items.locator('tr[data-item="Order system basics"]').getByTestId('complete-open').click();
      const done = page.getByTestId('complete-item');
      await done.getByLabel(T.plan.score).click();
      await page.keyboard.type('86');
      await screenshot(page, 'en-training-complete');
      expect(await seriousA11yFindings(page, '[role="dialog"]')).toEqual([]);
      await page.getByTestId('complete-item-ok').click();
      await done.waitFor({ state: 'detached' });
      await items.locator('tr[data-item="Order system basics"]').getByText(T.status.completed).waitFor();

      // The matrix sees it at once: no skill warning for the newcomer, and the skill history says why.
      await go(page, 'team');
      await page.getByTestId('duty-matrix').waitFor();
      await page.getByTestId('coverage-checks').waitFor();
      expect(await warning.count()).toBe(0);
      await page.getByRole('tab', { name: M.tabs.staff }).click();
      await page.getByTestId('staff-table').locator(`tr[data-name="${NEWCOMER}"]`).click();
      await page.getByRole('dialog').getByTestId('skills').getByText('Order system · 2').waitFor();
      await screenshot(page, 'en-training-skill-raised');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
