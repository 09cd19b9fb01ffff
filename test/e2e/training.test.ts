import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import teamEn from '../../renderer/features/team/locales/en.json';
import careerEn from '../../renderer/features/training/career/locales/en.json';
import trainingEn from '../../renderer/features/training/locales/en.json';
import sessionsEn from '../../renderer/features/training/sessions/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import { type Machine, newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { firstRun, go } from './steps';

// Training as an office manager runs it on the sample office: a new person joins and backs up order
// processing — the duty matrix warns that their order-system skill is too low — they get the onboarding
// plan, finish its first course, and the skill rises and the warning clears.

const T = trainingEn.trainingArea;
const S = sessionsEn.trainingArea.sessions;
const C = careerEn.trainingArea.career;
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
      // A course taken out by mistake comes back with Undo.
      await items.locator('tr[data-item="Product knowledge"]').getByTestId('item-remove').click();
      await expect.poll(() => items.locator('tbody tr').count()).toBe(5);
      await page
        .getByTestId('undo-delete')
        .filter({ hasText: 'Product knowledge' })
        .getByRole('button')
        .click();
      await expect.poll(() => items.locator('tbody tr').count()).toBe(6);

      // The second course: enrolled.
      await items.locator('tr[data-item="Answering customer queries"]').getByTestId('item-status').click();
      await page.getByRole('option', { name: T.status.enrolled }).click();
      await expect
        .poll(() =>
          items.locator('tr[data-item="Answering customer queries"]').getByTestId('item-status').inputValue(),
        )
        .toBe(T.status.enrolled);
      await screenshot(page, 'en-training-plan');
      expect(await seriousA11yFindings(page, 'body')).toEqual([]);

      // A session of the first course, the newcomer invited; they came.
      await page.getByTestId('training-tab-sessions').click();
      await page.getByTestId('new-session').click();
      const session = page.getByTestId('session-form');
      await session.getByLabel(S.fields.course).click();
      await page.getByRole('option', { name: 'Order system basics' }).click();
      await session.getByLabel(S.fields.invited).click();
      await page.keyboard.type('Nina');
      await page.getByRole('option', { name: NEWCOMER }).click();
      await page.keyboard.press('Escape');
      await screenshot(page, 'en-training-session-form');
      await session.getByRole('button', { name: /Save/ }).click();
      await session.waitFor({ state: 'detached' });
      const row = page.getByTestId('session-row').filter({ hasText: 'Order system basics' });
      await row.getByTestId('session-attendance').click();
      await page.getByLabel(S.attendance.presentOf.replace('{{name}}', NEWCOMER)).check();
      await page.getByTestId('attendance-save').click();
      await page.getByTestId('attendance-form').waitFor({ state: 'detached' });
      await row.getByTestId('session-present').getByText('1').waitFor();
      await screenshot(page, 'en-training-sessions');
      expect(await seriousA11yFindings(page, 'body')).toEqual([]);

      // The first course is done, with a score: the order-system skill goes to level 2.
      await page.getByTestId('training-tab-plans').click();
      await page
        .getByTestId('plan-people')
        .locator(`tr[data-person="${NEWCOMER}"]`)
        .getByRole('button')
        .click();
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
      await page.keyboard.press('Escape');

      // A career plan: leading the order desk needs data analysis at 3 — the gap, and the course for it.
      await go(page, 'training');
      await page.getByTestId('training-tab-career').click();
      await page.getByTestId('new-career-plan').click();
      const career = page.getByTestId('career-form');
      await career.getByLabel(C.form.person).click();
      await page.keyboard.type('Nina');
      await page.getByRole('option', { name: NEWCOMER }).click();
      await career.getByLabel(C.form.targetRole).click();
      await page.keyboard.type('Order desk lead');
      // A new plan opens with one skill row at level 2: type the skill, Tab to its level, replace the 2.
      await career.getByLabel(C.form.skillN.replace('{{number}}', '1'), { exact: true }).click();
      await page.keyboard.type('Data analysis');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('3');
      await career.getByRole('button', { name: /Save/ }).click();
      await career.waitFor({ state: 'detached' });
      await page.getByTestId('career-row').filter({ hasText: NEWCOMER }).getByRole('button').first().click();
      const gap = page.getByTestId('career-gap');
      await gap.getByText('Data analysis', { exact: true }).first().waitFor();
      // Has 0, needs the 3 typed, 3 short.
      expect(
        (await gap.locator('tbody tr', { hasText: 'Data analysis' }).locator('td').allTextContents()).slice(
          -4,
          -1,
        ),
      ).toEqual(['0', '3', '3']);
      await page.getByTestId('career-detail').getByText('Sales data analysis').first().waitFor();
      await screenshot(page, 'en-training-career');
      expect(await seriousA11yFindings(page, 'body')).toEqual([]);

      // A budget for the year in Settings; the overview sets the year's course costs against it.
      await go(page, 'settings');
      await page.getByTestId('training-budget').click();
      await page.keyboard.type('20000');
      await page.getByTestId('training-budget-save').click();
      await go(page, 'training');
      await page.getByTestId('training-tab-overview').click();
      await page
        .getByTestId('training-budget-use')
        .getByText(/CN¥20,000\.00/)
        .waitFor();
      await screenshot(page, 'en-training-overview');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
