import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import dashboardEn from '../../renderer/features/dashboard/locales/en.json';
import improvementEn from '../../renderer/features/routines/improvement/locales/en.json';
import routinesZh from '../../renderer/features/routines/locales/zh-CN.json';
import meetingsEn from '../../renderer/features/routines/meetings/locales/en.json';
import meetingsZh from '../../renderer/features/routines/meetings/locales/zh-CN.json';
import risksEn from '../../renderer/features/routines/risks/locales/en.json';
import risksZh from '../../renderer/features/routines/risks/locales/zh-CN.json';
import absencesEn from '../../renderer/features/team/absences/locales/en.json';
import teamEn from '../../renderer/features/team/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import uiEn from '../../renderer/ui/locales/en.json';
import uiZh from '../../renderer/ui/locales/zh-CN.json';
import { generateOffice } from '../../shared/sample';
import { type Machine, newMachine, screenshot, serveApp } from './harness';
import { chooseFile, readStore, saveDownload } from './review-steps';
import {
  addDays,
  closeWithEsc,
  fieldMessage,
  liveCount,
  localToday,
  look,
  officeErrorRate,
  pick,
  pickTyped,
  shownDay,
  text,
  topDialog,
} from './routines-steps';
import { firstRun, firstRunZh, go, typeDate } from './steps';

// The office's routines as a manager runs them on the sample office (issue 17): a one-on-one whose action
// item shows on the dashboard; a customer complaint against an order, on a risk that already had an
// incident, which flags the risk; a PDCA cycle on the error rate whose Check shows the figures before and
// after (the before one recounted from the raw orders); an SOP published as its next version, the diff
// looked at and who read it recorded; a sick leave that another machine sees only as "away". Every tab
// and dialog is screenshotted and scanned by axe; a shorter pass runs in Chinese.

const M = meetingsEn.routinesArea.meetings;
const R = risksEn.routinesArea.risks;
const I = risksEn.routinesArea.incidents;
const P = improvementEn.routinesArea.pdca;
const S = improvementEn.routinesArea.sops;
const D = dashboardEn.dashboardArea.slots;
const C = risksEn.routinesArea.categories;
const T = teamEn.teamArea;
const TA = absencesEn.teamAbsences;

const office = generateOffice({ seed: sampleOfficeSeed, language: 'en', asOf: new Date() });
const staff = office.staff.filter((s) => s.input.status === 'active').map((s) => s.input.name);
/** Who the one-on-one is with, and the colleague who owns the PDCA's second task. */
const [, PERSON = '', COLLEAGUE = ''] = staff;
const today = localToday();
/** The sample's risk with one incident in the last 90 days, the complaint logged on it, the cycle, the SOP. */
const OUTAGE = 'Order system down at the month-end';
const COMPLAINT = 'Order held up by the system outage';
const CYCLE = 'Fewer returned orders in busy weeks';
const SOP = 'Handling a customer complaint';
/** Who is off sick, and the note that must stay on this machine. */
const SICK = staff[6] as string;
const SICK_NOTE = 'Flu; the doctor’s note is in the drawer';

let server: Awaited<ReturnType<typeof serveApp>>;
let machine: Machine;
beforeAll(async () => {
  server = await serveApp();
  machine = await newMachine('en-US');
  await firstRun(machine.page, server.url, 'Office manager', 'RT', true);
}, 180_000);
afterAll(async () => {
  await machine?.close();
  await server?.close();
});

/** Open a tab of the Routines page. */
async function tab(id: string) {
  const { page } = machine;
  if (!page.url().endsWith('#/routines')) await go(page, 'routines');
  await page.getByTestId(`routines-tab-${id}`).click();
  await page.getByTestId(`routines-tab-${id}`).and(page.locator('[aria-selected="true"]')).waitFor();
}

/** Run a step of the test; on failure keep a screenshot of what was on screen. */
async function step(name: string, body: () => Promise<void>) {
  try {
    await body();
  } catch (error) {
    await screenshot(machine.page, `en-routines-failure-${name}`);
    throw error;
  }
}

describe('office routines', () => {
  it('holds a one-on-one whose action item, due today, is named on the dashboard; an item without an owner is refused', () =>
    step('meeting', async () => {
      const { page } = machine;
      const item = 'Set up the barcode scanner again';
      await tab('meetings');
      await page.getByTestId('schedules-table').waitFor();
      await look(page, 'en', 'body', '01-meetings');
      const meetingsBefore = await liveCount(page, 'meetings');
      const actionsBefore = await liveCount(page, 'actionItems');

      await page.getByTestId('new-meeting').click();
      const form = page.getByTestId('meeting-form');
      await form.waitFor();
      await pick(page, form.getByLabel(M.fields.kind), M.kind.one_on_one);
      await pickTyped(page, form.getByLabel(M.fields.subject), PERSON.slice(0, 4), PERSON);
      // The title follows the person; the template's parts, with their goals, training and review beside.
      expect(await form.getByLabel(M.fields.title).inputValue()).toBe(
        M.oneOnOneWith.replace('{{name}}', PERSON),
      );
      await form.getByTestId('one-on-one-context').waitFor();
      for (const [part, said] of [
        [M.template.wellbeing, 'Fine, a little tired after the month-end.'],
        [M.template.goals, 'The on-time rate is close to the goal.'],
        [M.template.obstacles, 'The barcode scanner keeps disconnecting.'],
        [M.template.development, 'Wants to learn billing.'],
      ] as const) {
        await form.getByLabel(part).click();
        await page.keyboard.type(said);
      }
      await form.getByLabel(M.fields.decisions).click();
      await page.keyboard.type('IT looks at the scanner this week.');
      await form.getByTestId('one-on-one-context').scrollIntoViewIfNeeded();
      await look(page, 'en', '[role="dialog"]', '02-one-on-one-template');

      // An action item with no owner: refused on its owner, and nothing is saved.
      await form.getByTestId('meeting-add-action').click();
      await form.getByLabel(M.form.actionN.replace('{{number}}', '1'), { exact: true }).click();
      await page.keyboard.type(item);
      await typeDate(page, form.getByLabel(M.form.dueN.replace('{{number}}', '1'), { exact: true }), today);
      await form.getByTestId('form-save').click();
      const owner = form.getByLabel(M.form.ownerN.replace('{{number}}', '1'), { exact: true });
      await expect.poll(() => owner.getAttribute('aria-invalid')).toBe('true');
      expect(await fieldMessage(owner)).toContain(uiEn.refusals.field.required);
      await look(page, 'en', '[role="dialog"]', '03-one-on-one-no-owner');
      expect(await liveCount(page, 'meetings')).toBe(meetingsBefore);
      expect(await liveCount(page, 'actionItems')).toBe(actionsBefore);

      // Its owner chosen, it saves with the meeting.
      await pickTyped(page, owner, PERSON.slice(0, 4), PERSON);
      await look(page, 'en', '[role="dialog"]', '04-one-on-one-saved');
      await form.getByTestId('form-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('meeting-row').filter({ hasText: PERSON }).first().waitFor();
      expect(await liveCount(page, 'meetings')).toBe(meetingsBefore + 1);
      expect(await liveCount(page, 'actionItems')).toBe(actionsBefore + 1);

      // The person's actions.
      await tab('actions');
      await pickTyped(page, page.getByTestId('actions-whose'), PERSON.slice(0, 4), PERSON);
      const mine = page.getByTestId('action-item').filter({ hasText: item });
      await mine.waitFor();
      expect(await text(mine)).toContain(shownDay(today, 'en'));
      await look(page, 'en', 'body', '05-actions-of-person');

      // The dashboard's card names it: title, owner, due day.
      await go(page, 'dashboard');
      const soon = page.getByTestId('action-slot-soon');
      await soon.waitFor();
      expect(await soon.locator('li').allTextContents()).toContain(
        D.actionItem
          .replace('{{title}}', item)
          .replace('{{owner}}', PERSON)
          .replace('{{due}}', shownDay(today, 'en')),
      );
      expect(await text(page.getByTestId('action-slot-today'))).toBe(
        D.actionsDueToday_one.replace('{{count}}', '1'),
      );
      await screenshot(page, 'en-routines-06-dashboard-actions');
      expect(machine.errors).toEqual([]);
    }));

  it('logs a customer complaint against an order on a risk with an earlier incident: the risk is flagged; the complaint is closed with the satisfaction; a likelihood of 6 is refused', () =>
    step('incident', async () => {
      const { page } = machine;
      // The order the customer calls about: a recent completed one, by its number.
      type Order = { id: string; number: string; customerId: string; status: string; deleted: boolean };
      const orders = (await readStore<Order>(page, 'orders')).filter(
        (o) => !o.deleted && o.status === 'completed',
      );
      const complained = new Set(
        (await readStore<{ orderIds: string[] }>(page, 'incidents')).flatMap((i) => i.orderIds),
      );
      const order = orders.filter((o) => !complained.has(o.id)).at(-1) as Order;
      const customer = (await readStore<{ id: string; name: string }>(page, 'customers')).find(
        (c) => c.id === order.customerId,
      )?.name as string;

      await go(page, 'dashboard');
      const flagged = page.getByTestId('risk-slot-flagged');
      const flaggedBefore = Number((await text(flagged)).match(/\d+/)?.[0]);

      // The register: the outage risk has one incident in the last 90 days, so it is not flagged yet.
      await tab('risks');
      const risk = page.locator(`tr[data-risk="${OUTAGE}"]`);
      await risk.waitFor();
      expect(await risk.getAttribute('data-flagged')).toBe('false');
      expect(await text(risk.getByTestId('risk-flags'))).toBe(R.noFlags);
      await look(page, 'en', 'body', '07-risks');

      // A new risk: a likelihood of 6 is refused on its field and nothing is saved; 2 is taken.
      const risksBefore = await liveCount(page, 'risks');
      await page.getByTestId('new-risk').click();
      const riskForm = page.getByTestId('risk-form');
      await pick(page, riskForm.getByLabel(R.category), C.customer_complaint);
      await riskForm.getByLabel(R.title).click();
      await page.keyboard.type('Complaints not answered within a day');
      await riskForm.getByLabel(R.likelihood).click();
      await page.keyboard.type('6');
      await riskForm.getByLabel(R.impact).click();
      await page.keyboard.type('3');
      await pickTyped(page, riskForm.getByLabel(R.owner), PERSON.slice(0, 4), PERSON);
      await riskForm.getByTestId('risk-add-step').click();
      await riskForm.getByLabel(R.step.replace('{{n}}', '1'), { exact: true }).click();
      await page.keyboard.type('Call the customer back the same day');
      await page.getByTestId('risk-save').click();
      const likelihood = riskForm.getByLabel(R.likelihood);
      await expect.poll(() => likelihood.getAttribute('aria-invalid')).toBe('true');
      expect(await fieldMessage(likelihood)).toContain(uiEn.refusals.risk.scale);
      await look(page, 'en', '[role="dialog"]', '08-risk-out-of-range');
      expect(await liveCount(page, 'risks')).toBe(risksBefore);
      await likelihood.click({ clickCount: 3 });
      await page.keyboard.type('2');
      expect(await text(riskForm.getByTestId('risk-score-preview'))).toBe(
        R.scoreValue.replace('{{score}}', '6').replace('{{level}}', risksEn.routinesArea.levels.medium),
      );
      await page.getByTestId('risk-save').click();
      await riskForm.waitFor({ state: 'detached' });
      await page.locator('tr[data-risk="Complaints not answered within a day"]').waitFor();
      expect(await liveCount(page, 'risks')).toBe(risksBefore + 1);

      // The complaint: the order typed by its number brings its customer; linked to the outage risk.
      await tab('incidents');
      await page.getByTestId('incident-table').waitFor();
      await look(page, 'en', 'body', '09-incidents');
      await page.getByTestId('new-incident').click();
      const form = page.getByTestId('incident-form');
      expect(await form.getByLabel(I.category).inputValue()).toBe(C.customer_complaint);
      await form.getByLabel(I.title).click();
      await page.keyboard.type(COMPLAINT);
      await pick(page, form.getByLabel(I.severity), I.severities.high);
      await form.getByLabel(I.happened).click();
      await page.keyboard.type('The order sat unconfirmed for a day while the order system was down.');
      await form.getByLabel(I.orderNumber).click();
      await page.keyboard.type(order.number);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => text(form.getByTestId('incident-order-added')))
        .toBe(I.orderAdded.replace('{{number}}', order.number).replace('{{customer}}', customer));
      expect(await form.getByTestId('incident-order').allTextContents()).toEqual([order.number]);
      await form.locator('.mantine-Pill-label', { hasText: customer }).waitFor();
      await pickTyped(page, form.getByLabel(I.risk), 'system', OUTAGE);
      await look(page, 'en', '[role="dialog"]', '10-complaint');
      await page.getByTestId('incident-save').click();
      await form.waitFor({ state: 'detached' });
      const row = page.locator(`tr[data-incident="${COMPLAINT}"]`);
      await row.waitFor();
      const saved = (
        await readStore<{ title: string; orderIds: string[]; customerIds: string[] }>(page, 'incidents')
      ).find((i) => i.title === COMPLAINT);
      expect(saved?.orderIds).toEqual([order.id]);
      expect(saved?.customerIds).toEqual([order.customerId]);

      // The risk now has two incidents in 90 days: flagged, and counted on the dashboard.
      await tab('risks');
      await expect.poll(() => risk.getAttribute('data-flagged')).toBe('true');
      expect(await text(risk.getByTestId('risk-flags'))).toBe(R.incidents_other.replace('{{count}}', '2'));
      await look(page, 'en', 'body', '11-risk-flagged');
      await go(page, 'dashboard');
      await expect
        .poll(() => text(flagged))
        .toBe(D.risksFlagged_other.replace('{{count}}', String(flaggedBefore + 1)));

      // The complaint's steps: investigating, resolved, closed — the close asks the satisfaction first.
      await tab('incidents');
      const status = row.getByTestId('incident-status-badge');
      await row.getByTestId('incident-advance-investigating').click();
      await expect.poll(() => text(status)).toBe(I.statuses.investigating);
      await row.getByTestId('incident-advance-resolved').click();
      await expect.poll(() => text(status)).toBe(I.statuses.resolved);
      expect(await text(row.getByTestId('incident-days'))).toBe(I.days_other.replace('{{count}}', '0'));
      await row.getByTestId('incident-advance-closed').click();
      const closing = page.getByTestId('close-complaint');
      await page.getByTestId('close-complaint-confirm').click();
      await closing.getByText(uiEn.refusals.incident.satisfactionRequired).waitFor();
      await closing.getByLabel('4', { exact: true }).check();
      await look(page, 'en', '[role="dialog"]', '12-close-complaint');
      await page.getByTestId('close-complaint-confirm').click();
      await closing.waitFor({ state: 'detached' });
      await expect.poll(() => text(status)).toBe(I.statuses.closed);
      expect(await text(row)).toContain(`${I.satisfaction}: 4`);
      await look(page, 'en', 'body', '13-complaint-closed');
      expect(machine.errors).toEqual([]);
    }));

  it('runs a PDCA cycle on the error rate: plan, tasks with owners, the Check before and after (the before recounted from the orders), act and close', () =>
    step('pdca', async () => {
      const { page } = machine;
      const before = { from: addDays(today, -60), to: addDays(today, -31) };
      const after = { from: addDays(today, -30), to: addDays(today, -1) };
      await tab('pdca');
      await page.getByTestId('pdca-table').waitFor();
      await look(page, 'en', 'body', '14-pdca');

      await page.getByTestId('new-pdca').click();
      const form = page.getByTestId('pdca-form');
      await form.getByLabel(P.form.title).click();
      await page.keyboard.type(CYCLE);
      await form.getByLabel(P.form.problem).click();
      await page.keyboard.type('Orders come back for correction in busy weeks.');
      await pick(page, form.getByLabel(P.form.metric), en.metric.errorRate);
      await form.getByLabel(P.form.target).click();
      await page.keyboard.type('3');
      await form.getByLabel(P.form.measures).click();
      await page.keyboard.type('A second person checks mixed orders; the checklist on every desk.');
      // The period typed the wrong way round is refused on its end.
      await typeDate(page, form.getByLabel(P.form.beforeFrom), before.to);
      await typeDate(page, form.getByLabel(P.form.beforeTo), before.from);
      await page.getByTestId('pdca-save').click();
      const beforeTo = form.getByLabel(P.form.beforeTo);
      await expect.poll(() => beforeTo.getAttribute('aria-invalid')).toBe('true');
      expect(await fieldMessage(beforeTo)).toContain(uiEn.refusals.date.endBeforeStart);
      await look(page, 'en', '[role="dialog"]', '15-pdca-reversed');
      await typeDate(page, form.getByLabel(P.form.beforeFrom), before.from);
      await typeDate(page, form.getByLabel(P.form.beforeTo), before.to);
      await page.getByTestId('pdca-save').click();
      await form.waitFor({ state: 'detached' });
      const detail = page.getByTestId('pdca-detail');
      expect(await text(detail.getByTestId('pdca-detail-title'))).toBe(CYCLE);
      const phase = detail.getByTestId('pdca-phase');
      expect(await phase.getAttribute('data-phase')).toBe('plan');

      // Do: two tasks with owners; the cycle cannot move on while they are open.
      await detail.getByTestId('pdca-advance').click();
      await expect.poll(() => phase.getAttribute('data-phase')).toBe('do');
      const tasks = [
        { title: 'Second check of mixed orders', owner: PERSON, due: addDays(today, -30) },
        { title: 'Checklist on every desk', owner: COLLEAGUE, due: addDays(today, -28) },
      ];
      for (const task of tasks) {
        await detail.getByLabel(P.tasks.task).click();
        await page.keyboard.type(task.title);
        await pickTyped(page, detail.getByLabel(P.tasks.owner), task.owner.slice(0, 4), task.owner);
        await typeDate(page, detail.getByLabel(P.tasks.due), task.due);
        await detail.getByTestId('pdca-task-add').click();
        await detail.getByTestId('pdca-task-row').filter({ hasText: task.title }).waitFor();
      }
      const refused = (message: string) =>
        page.locator('.mantine-Notification-root').filter({ hasText: message }).waitFor();
      const setTask = async (title: string, status: string) => {
        const row = detail.getByTestId('pdca-task-row').filter({ hasText: title });
        await pick(page, row.getByTestId('pdca-task-status'), status);
        await expect.poll(() => row.getAttribute('data-status')).toBe('done');
      };
      await detail.getByTestId('pdca-advance').click();
      await refused(uiEn.refusals.pdca.noTasks);
      await setTask(tasks[0]?.title as string, P.tasks.done);
      await detail.getByTestId('pdca-advance').click();
      await refused(uiEn.refusals.pdca.tasksOpen.replace('{{count}}', '1'));
      expect(await phase.getAttribute('data-phase')).toBe('do');
      await look(page, 'en', 'body', '16-pdca-do');
      await setTask(tasks[1]?.title as string, P.tasks.done);
      await detail.getByTestId('pdca-advance').click();
      await expect.poll(() => phase.getAttribute('data-phase')).toBe('check');

      // Check: the period after, over yesterday; the figures before and after from the metric engine.
      const check = detail.getByTestId('pdca-check');
      await typeDate(page, check.getByLabel(P.check.afterFrom), after.from);
      await typeDate(page, check.getByLabel(P.check.afterTo), after.to);
      await check.getByLabel(P.check.note).click();
      await page.keyboard.type('Fewer returns since the second check.');
      await check.getByTestId('pdca-check-save').click();
      const afterShown = check.getByTestId('pdca-after');
      await expect.poll(() => text(afterShown)).toMatch(/^\d+(\.\d)?%$/);
      const beforeShown = await text(check.getByTestId('pdca-before'));
      expect(beforeShown).toMatch(/^\d+(\.\d)?%$/);
      const figures = await text(check.getByTestId('pdca-figures'));
      expect(figures).not.toMatch(/NaN|Infinity|undefined/);
      // The before figure, recounted from the raw orders.
      const counted = await officeErrorRate(page, before.from, before.to);
      expect(counted.received).toBeGreaterThan(0);
      expect(beforeShown).toBe(`${counted.rate}%`);
      const countedAfter = await officeErrorRate(page, after.from, after.to);
      expect(await text(afterShown)).toBe(`${countedAfter.rate}%`);
      const change = Math.round(((countedAfter.rate as number) - (counted.rate as number)) * 100) / 100;
      expect(await text(check.getByTestId('pdca-change'))).toContain(
        `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}%`,
      );
      await look(page, 'en', 'body', '17-pdca-check');

      // Act: the order-processing SOP's version 2 holds the change; the cycle closes.
      await detail.getByTestId('pdca-advance').click();
      await expect.poll(() => phase.getAttribute('data-phase')).toBe('act');
      const act = detail.getByTestId('pdca-act');
      await pickTyped(page, act.getByLabel(P.act.sop), 'Process', 'Processing an order');
      expect(await act.getByLabel(P.act.version).inputValue()).toBe('v2');
      await act.getByTestId('pdca-act-save').click();
      await page.locator('.mantine-Notification-root').filter({ hasText: P.act.saved }).waitFor();
      await detail.getByTestId('pdca-advance').click();
      await expect.poll(() => phase.getAttribute('data-phase')).toBe('closed');
      // The detail shows its own save at once; the list row follows when the list refreshes.
      const rowPhase = page
        .locator(`[data-testid="pdca-row"][data-title="${CYCLE}"]`)
        .getByTestId('pdca-row-phase');
      await expect.poll(() => text(rowPhase)).toBe(P.phase.closed);
      await look(page, 'en', 'body', '18-pdca-closed');
      expect(machine.errors).toEqual([]);
    }));

  it('edits an SOP safely, publishes it as v2, looks at the diff and records who read it', () =>
    step('sop', async () => {
      const { page } = machine;
      const alerts: string[] = [];
      page.on('dialog', (dialog) => {
        alerts.push(dialog.message());
        void dialog.dismiss();
      });
      await tab('sops');
      const row = page.locator(`[data-testid="sop-row"][data-title="${SOP}"]`);
      await row.getByTestId('sop-open').click();
      const detail = page.getByTestId('sop-detail');
      expect(await text(detail.getByTestId('sop-current-version'))).toBe('v1');
      await look(page, 'en', 'body', '19-sop');

      // The draft starts from version 1; a step with bold words and a script tag is added at its end.
      await detail.getByTestId('sop-tab-draft').click();
      const body = detail.getByTestId('sop-draft-body');
      const v1 = await body.inputValue();
      expect(v1).toContain(`# ${SOP}`);
      await body.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(
        '\n4. Never promise a refund on the phone: **ask the manager** first <script>alert(1)</script>',
      );
      const preview = detail.getByTestId('sop-preview');
      await preview.getByText('ask the manager').waitFor();
      expect(await preview.locator('strong').allTextContents()).toEqual(['ask the manager']);
      expect(await text(preview)).toContain('<script>alert(1)</script>');
      expect(await page.locator('main script').count()).toBe(0);
      await detail.getByLabel(S.draft.note).click();
      await page.keyboard.type('Refunds only through the manager');
      await look(page, 'en', 'body', '20-sop-draft');
      await detail.getByTestId('sop-publish').click();
      await expect.poll(() => text(detail.getByTestId('sop-current-version'))).toBe('v2');
      expect(await text(row.getByTestId('sop-row-version'))).toBe('v2');
      await detail.getByTestId('sop-tab-current').click();
      const current = detail.getByTestId('sop-body');
      await current.locator('strong', { hasText: 'ask the manager' }).waitFor();
      expect(await text(current)).toContain('<script>alert(1)</script>');

      // What changed from v1 to v2: one line added.
      await detail.getByTestId('sop-tab-history').click();
      const diff = detail.getByTestId('sop-diff');
      expect(await diff.getByTestId('sop-diff-from').inputValue()).toBe('v1');
      expect(await diff.getByTestId('sop-diff-to').inputValue()).toBe('v2');
      expect(await diff.getByTestId('diff-line-added').allTextContents()).toEqual([
        `+ ${S.diff.added}: 4. Never promise a refund on the phone: **ask the manager** first <script>alert(1)</script>`,
      ]);
      expect(await diff.getByTestId('diff-line-removed').count()).toBe(0);
      expect(await text(diff.getByTestId('sop-diff-summary'))).toBe(
        S.diff.summary_one.replace('{{count}}', '1').replace('{{removed}}', '0'),
      );
      await look(page, 'en', 'body', '21-sop-diff');

      // Two people read version 2.
      await detail.getByTestId('sop-tab-acks').click();
      const total = await detail.getByTestId('sop-ack-row').count();
      const count = (read: number) =>
        S.acks.count
          .replace('{{read}}', String(read))
          .replace('{{total}}', String(total))
          .replace('{{version}}', '2');
      expect(await text(detail.getByTestId('sop-acks-count'))).toBe(count(0));
      for (const person of [PERSON, COLLEAGUE]) {
        const reader = detail.locator(`[data-testid="sop-ack-row"][data-person="${person}"]`);
        await reader.getByRole('button', { name: S.acks.recordFor.replace('{{name}}', person) }).click();
        await reader.getByTestId('sop-ack-read').waitFor();
      }
      await expect.poll(() => text(detail.getByTestId('sop-acks-count'))).toBe(count(2));
      expect(await text(row.getByTestId('sop-row-acks'))).toBe(
        S.acksOf.replace('{{read}}', '2').replace('{{total}}', String(total)),
      );
      await look(page, 'en', 'body', '22-sop-read');
      expect(alerts).toEqual([]);
      expect(machine.errors).toEqual([]);
    }));
  it('keeps a sick leave confidential: another machine importing a default package sees the absence as "away", with no note', () =>
    step('sick-leave', async () => {
      const { page } = machine;
      const dir = await mkdtemp(join(tmpdir(), 'salesdesk-routines-'));
      const cover: Machine = await newMachine('en-US');
      try {
        // The manager records a sick leave, from today for three days, with a note.
        await go(page, 'team');
        await page.getByRole('tab', { name: T.tabs.absences, exact: true }).click();
        await page.getByRole('button', { name: TA.add }).click();
        const form = page.getByTestId('absence-form');
        await pickTyped(page, form.getByLabel(TA.fields.person), SICK.slice(0, 5), SICK);
        await pick(page, form.getByLabel(TA.fields.kind), TA.kind.sick);
        await form.getByText(TA.fields.sickHint).waitFor();
        await typeDate(page, form.getByLabel(TA.fields.from), today);
        await typeDate(page, form.getByLabel(TA.fields.to), addDays(today, 2));
        await form.getByLabel(TA.fields.note).click();
        await page.keyboard.type(SICK_NOTE);
        await look(page, 'en', '[role="dialog"]', '23-sick-leave');
        await form.getByTestId('form-save').click();
        await form.waitFor({ state: 'detached' });
        const mine = page.getByTestId('absence-list').locator('tr', { hasText: SICK });
        await mine.waitFor();
        expect(await text(mine)).toContain(TA.kind.sick);
        expect(await text(mine)).toContain(SICK_NOTE);
        await look(page, 'en', 'body', '24-team-absences');

        // The default package: every area, confidential ones not ticked.
        await go(page, 'sharing');
        expect(await page.getByTestId('export-what-all').isChecked()).toBe(true);
        expect(await page.getByTestId('export-confidential').isChecked()).toBe(false);
        const file = await saveDownload(page, page.getByTestId('export-package'), dir);

        // The colleague's machine takes it in.
        const other = cover.page;
        await firstRun(other, server.url, 'Cover desk', 'CV', false);
        await go(other, 'sharing');
        await chooseFile(other, other.getByTestId('import-package'), file);
        await other.getByTestId('import-preview').waitFor({ timeout: 90_000 });
        await other.getByTestId('import-apply').click();
        await other.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 90_000 });
        await go(other, 'team');
        await other.getByRole('tab', { name: T.tabs.absences, exact: true }).click();
        const theirs = other.getByTestId('absence-list').locator('tr', { hasText: SICK });
        await theirs.waitFor();
        const cells = (await theirs.locator('td').allTextContents()).map((c) => c.trim());
        expect(cells[1]?.startsWith(TA.kind.away)).toBe(true);
        expect(cells[1]).not.toContain(TA.kind.sick);
        expect(cells[5]).toBe('');
        expect(await text(other.getByTestId('absence-list'))).not.toContain(SICK_NOTE);
        await screenshot(other, 'en-routines-25-other-machine-away');
        // Nor is the reason anywhere in that machine's data.
        expect(await readStore(other, 'absenceDetails')).toEqual([]);
        expect(JSON.stringify(await readStore(other, 'absences'))).not.toContain(SICK_NOTE);
        expect(cover.errors).toEqual([]);
      } finally {
        await cover.close();
        await rm(dir, { recursive: true, force: true });
      }
      expect(machine.errors).toEqual([]);
    }));

  it('shows the team events, values and staff care tabs and their dialogs without an accessibility problem', () =>
    step('care', async () => {
      const { page } = machine;
      for (const [id, list, button, name] of [
        ['events', 'events-list', 'new-event', '26-events'],
        ['culture', 'core-values', 'new-recognition', '27-values'],
        ['care', 'care-list', 'new-care', '28-care'],
      ] as const) {
        await tab(id);
        await page.getByTestId(list).waitFor();
        await look(page, 'en', 'body', name);
        await page.getByTestId(button).click();
        await topDialog(page).waitFor();
        await look(page, 'en', '[role="dialog"]', `${name}-dialog`);
        await closeWithEsc(page);
      }
      expect(machine.errors).toEqual([]);
    }));
});

/** Each Routines tab, and what shows once it has read its records. */
const tabShows = {
  meetings: 'meetings-table',
  actions: 'actions-table',
  risks: 'risk-table',
  incidents: 'incident-table',
  pdca: 'pdca-table',
  sops: 'sops-table',
  events: 'events-list',
  culture: 'core-values',
  care: 'care-list',
} as const;

describe('office routines in Chinese', () => {
  it('shows every tab, and refuses then saves a risk, in Chinese', async () => {
    const zhMachine: Machine = await newMachine('zh-CN');
    const { page } = zhMachine;
    const RZ = risksZh.routinesArea.risks;
    const office = generateOffice({ seed: sampleOfficeSeed, language: 'zh-CN', asOf: new Date() });
    const owner = office.staff[0]?.input.name as string;
    try {
      await firstRunZh(page, server.url, '经理电脑', 'ZH', true);
      await go(page, 'routines');
      for (const [n, [id, shows]] of Object.entries(tabShows).entries()) {
        const name = routinesZh.routinesArea.tabs[id as keyof typeof tabShows];
        await page.getByRole('tab', { name, exact: true }).click();
        await page.getByTestId(shows).waitFor();
        await look(page, 'zh-CN', 'body', `${String(n + 1).padStart(2, '0')}-${id}`);
      }

      // A risk: a likelihood of 9 is refused in Chinese, 3 is saved.
      await page.getByTestId('routines-tab-risks').click();
      await page.getByTestId('new-risk').click();
      const form = page.getByTestId('risk-form');
      await form.getByLabel(RZ.title).click();
      await page.keyboard.type('月底打印机卡纸');
      await form.getByLabel(RZ.likelihood).click();
      await page.keyboard.type('9');
      await form.getByLabel(RZ.impact).click();
      await page.keyboard.type('2');
      await pickTyped(page, form.getByLabel(RZ.owner), owner.slice(0, 1), owner);
      await page.getByTestId('risk-save').click();
      const likelihood = form.getByLabel(RZ.likelihood);
      await expect.poll(() => likelihood.getAttribute('aria-invalid')).toBe('true');
      expect(await fieldMessage(likelihood)).toContain(uiZh.refusals.risk.scale);
      await look(page, 'zh-CN', '[role="dialog"]', '10-risk-refused');
      await likelihood.click({ clickCount: 3 });
      await page.keyboard.type('3');
      await page.getByTestId('risk-save').click();
      await form.waitFor({ state: 'detached' });
      await page.locator('tr[data-risk="月底打印机卡纸"]').waitFor();
      await look(page, 'zh-CN', 'body', '11-risk-saved');

      // The meeting form, a one-on-one with the template, in Chinese.
      await page.getByTestId('routines-tab-meetings').click();
      await page.getByTestId('new-meeting').click();
      const meeting = page.getByTestId('meeting-form');
      await pick(
        page,
        meeting.getByLabel(meetingsZh.routinesArea.meetings.fields.kind),
        meetingsZh.routinesArea.meetings.kind.one_on_one,
      );
      await pickTyped(
        page,
        meeting.getByLabel(meetingsZh.routinesArea.meetings.fields.subject),
        owner.slice(0, 1),
        owner,
      );
      await meeting.getByTestId('one-on-one-context').waitFor();
      await look(page, 'zh-CN', '[role="dialog"]', '12-one-on-one');
      expect(zhMachine.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'zh-CN-routines-failure');
      throw error;
    } finally {
      await zhMachine.close();
    }
  });
});
