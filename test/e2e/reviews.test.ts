import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import reviewsEn from '../../renderer/features/reviews/locales/en.json';
import reviewEn from '../../renderer/features/reviews/review/locales/en.json';
import rewardsEn from '../../renderer/features/reviews/rewards/locales/en.json';
import uiEn from '../../renderer/ui/locales/en.json';
import { standardReviewTemplate } from '../../shared/rules/standard-review';
import { generateOffice } from '../../shared/sample';
import { type Machine, newMachine, screenshot, screenshotDir, serveApp } from './harness';
import {
  answerRequest,
  choose,
  chooseFile,
  countOrders,
  goalsDue,
  kpiFigures,
  look,
  quarterBefore,
  ratingScore,
  readStore,
  retype,
  round1,
  saveDownload,
  shown,
  text,
  weightedMean,
} from './review-steps';
import { firstRun, go } from './steps';

// A quarterly review cycle as an office manager runs it on the sample office: three people, each with a
// self-assessment and three colleagues asked; every request travels as a file to a second browser profile
// (a reviewer's machine with no office data), is answered there and comes back as a response file. The
// KPI section is checked against the period's orders read straight from IndexedDB, the ratings are given,
// the close is refused while one review is unfinished, final scores are checked against the weighted mean
// of the section scores shown, a reward is recorded against the year's budget, and a report is printed.

const R = reviewsEn.reviewsArea;
const D = reviewEn.reviewsArea.detail;
const W = rewardsEn.reviewsArea.rewards;
const template = standardReviewTemplate('en');
const competencies = (template.competencies ?? []).map((c) => c.name);

// Three people who handle orders (the sample's first seats: their KPIs have figures) and a fourth
// colleague; each person's peers are the three others. The period is the quarter before the last full one:
// the sample's own cycles are the last quarter's (closed) and this one's, so this makes a clean new cycle.
const staff = generateOffice({ seed: sampleOfficeSeed, language: 'en', asOf: new Date() }).staff.map(
  (s) => s.input.name,
);
const people = staff.slice(0, 3);
const peersOf = (person: string) => staff.slice(0, 4).filter((name) => name !== person);
const localToday = () => new Date().toLocaleDateString('sv-SE');
const period = quarterBefore(localToday(), 2);
const cycleName = `${period.from.slice(0, 4)} Q${(Number(period.from.slice(5, 7)) + 2) / 3} review`;

// What each reviewer answers: ratings 1–5 by competency, and the two open questions.
const selfRating = (s: number, c: number) => 3 + ((s + c) % 3);
const peerRating = (s: number, p: number, c: number) => 2 + ((s + 2 * p + c) % 4);
const bests = ['Quick and accurate with orders', 'Calm with difficult customers', 'Helps new colleagues'];
const improve = ['Could start the month-end close earlier', 'Could write clearer handover notes', ''];
const peerAnswers = (s: number, p: number) => [`${bests[(s + p) % 3]}`, improve[(s + p) % 3] as string];
const managerRating = (s: number, c: number) => 2 + ((s + c) % 4);
const overall = [4, 3, 5];

interface RequestFile {
  subject: number;
  reviewer: string;
  relation: 'self' | 'peer';
  path: string;
  response?: string;
}

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

describe('performance reviews', () => {
  it('runs a quarterly cycle with feedback by file through a second machine, scores it, rewards and prints', async () => {
    const manager: Machine = await newMachine('en-US');
    const reviewer: Machine = await newMachine('en-US');
    const m = manager.page;
    const r = reviewer.page;
    const dir = await mkdtemp(join(tmpdir(), 'salesdesk-reviews-'));
    try {
      await firstRun(m, server.url, 'Manager desk', 'MG', true);
      const ids = new Map(
        (await readStore<{ id: string; name: string }>(m, 'staff')).map((s) => [s.name, s.id]),
      );

      // 1. Templates: the standard quarterly template (the sample office has it already).
      await go(m, 'reviews');
      await m.getByTestId('reviews-tab-templates').click();
      const templates = m.getByTestId('template-table');
      await templates.or(m.getByTestId('templates-empty')).waitFor();
      if (await m.getByTestId('templates-empty').isVisible())
        await m.getByRole('button', { name: R.template.standard }).click();
      await templates.locator(`tr[data-template="${template.name}"]`).waitFor();
      await look(m, 'body', '01-templates');

      // 2. A cycle for the three over the quarter, started.
      await m.getByTestId('reviews-tab-cycles').click();
      await m.getByTestId('new-cycle').click();
      const form = m.getByTestId('cycle-form');
      await retype(m, form.getByLabel(R.cycle.name), cycleName);
      await retype(m, form.getByLabel(R.cycle.from), period.from);
      await retype(m, form.getByLabel(R.cycle.to), period.to);
      for (const person of people)
        await choose(m, form.getByLabel(R.cycle.participants), person.split(' ')[0] as string, person);
      await m.keyboard.press('Escape');
      await look(m, '[role="dialog"]', '02-cycle-form');
      await m.getByTestId('form-save').click();
      await form.waitFor({ state: 'detached' });
      const board = m.getByTestId('cycle-board');
      const row = (person: string) => board.locator(`[data-testid="board-row"][data-person="${person}"]`);
      await row(people[2] as string).waitFor();
      expect(
        await board.getByTestId('board-row').evaluateAll((rows) => rows.map((x) => x.dataset.person)),
      ).toEqual(people);
      await board.getByTestId('cycle-start').click();
      await board.locator('[data-testid="cycle-status"][data-status="in_progress"]').waitFor();

      // 3. Each person's self request and three peers from the team, every request file saved.
      const requests: RequestFile[] = [];
      for (const [s, person] of people.entries()) {
        await row(person).getByTestId('review-requests').click();
        const dialog = m.getByTestId('requests-dialog');
        for (const peer of peersOf(person)) {
          await choose(m, dialog.getByLabel(R.peer.colleague), peer.split(' ')[0] as string, peer);
          await dialog.getByTestId('peer-add').click();
          await dialog.locator(`[data-testid="request-row"][data-reviewer="${peer}"]`).waitFor();
        }
        const rows = dialog.getByTestId('request-row');
        expect(
          await rows.evaluateAll((all) => all.map((x) => `${x.dataset.relation}:${x.dataset.reviewer}`)),
        ).toEqual([`self:${person}`, ...peersOf(person).map((peer) => `peer:${peer}`)]);
        if (s === 0) await look(m, '[role="dialog"]', '03-requests');
        for (const name of [person, ...peersOf(person)]) {
          const request = dialog.locator(`[data-testid="request-row"][data-reviewer="${name}"]`);
          const path = await saveDownload(m, request.getByTestId('request-export'), dir);
          expect(basename(path)).toMatch(/^Feedback-request-.+\.sdpkg$/);
          requests.push({ subject: s, reviewer: name, relation: name === person ? 'self' : 'peer', path });
        }
        await m.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }

      // The reviewers answer on another machine that holds no office data (started empty): each request
      // file opened there, each competency rated, the questions answered in words, the response saved.
      await firstRun(r, server.url, 'Reviewer laptop', 'RV', false);
      await go(r, 'reviews');
      await look(r, 'body', '04-reviewer-machine');
      for (const [i, request] of requests.entries()) {
        const subject = people[request.subject] as string;
        const p = peersOf(subject).indexOf(request.reviewer);
        const self = request.relation === 'self';
        const levels = competencies.map((_, c) =>
          self ? selfRating(request.subject, c) : peerRating(request.subject, p, c),
        );
        const words = self
          ? ['Closed the month without errors', 'Learn the new invoicing']
          : peerAnswers(request.subject, p);
        request.response = await answerRequest(r, request.path, levels, words, dir, async (step) => {
          if (i === 0 && step === 'pick') await look(r, '[role="dialog"]', '05-answer-pick');
          if (i === 1 && step === 'save') {
            await r.getByRole('dialog', { name: `Feedback on ${subject}` }).waitFor();
            await look(r, '[role="dialog"]', '06-answer-form');
          }
        });
      }
      // Nothing of it was stored on the reviewer's machine.
      expect(await readStore(r, 'feedbackRequests')).toEqual([]);
      expect(await readStore(r, 'feedbackResponses')).toEqual([]);

      // Back at the office: every response imported, one file at a time; one of them twice.
      await board.getByTestId('cycle-import').click();
      const importing = m.getByTestId('import-responses');
      const results = importing.getByTestId('import-result');
      for (const [i, request] of [...requests, requests[1] as RequestFile].entries()) {
        await chooseFile(m, importing.getByTestId('import-pick'), request.response as string);
        const result = results.nth(i);
        await result.waitFor();
        expect(await result.getAttribute('data-file')).toBe(basename(request.response as string));
        const subject = people[request.subject] as string;
        if (i < requests.length) {
          expect(await result.getAttribute('data-ok')).toBe('true');
          expect(await text(result)).toContain(
            R.import.accepted[request.relation].replace('{{subject}}', subject),
          );
        } else {
          expect(await result.getAttribute('data-ok')).toBe('false');
          expect(await text(result)).toContain(uiEn.refusals.feedback.duplicate);
        }
      }
      expect(await text(importing.getByTestId('import-summary'))).toBe(`${requests.length} saved, 1 refused`);
      await look(m, '[role="dialog"]', '07-import');
      await importing.getByTestId('import-done').click();
      await importing.waitFor({ state: 'detached' });
      for (const person of people)
        expect(await text(row(person).getByTestId('review-requests'))).toMatch(/^4 \/ 4/);
      await look(m, 'body', '08-board-answered');

      // 4. Each review: the KPIs against the orders, the feedback shown without names, the manager's ratings.
      const detail = m.getByTestId('review-detail');
      const rate = async (s: number) => {
        const person = people[s] as string;
        await row(person).getByTestId('open-review').click();
        await detail.waitFor();
        const staffId = ids.get(person) as string;
        const counts = await countOrders(m, staffId, period.from, period.to);
        expect(counts.timed * counts.received).toBeGreaterThan(0);
        const kpis = template.kpis ?? [];
        const figures = kpiFigures(counts, kpis);
        // Goal attainment: none of the person's goals is due in the period, so it has no figure.
        expect(await goalsDue(m, staffId, period.from, period.to)).toEqual([]);
        for (const k of kpis) {
          const cells = await detail
            .locator(`[data-testid="kpi-row"][data-metric="${k.metric}"] td`)
            .allTextContents();
          const figure = figures.get(k.metric);
          expect(cells.slice(1, 5).map((c) => c.trim())).toEqual([
            `${k.weight}%`,
            `${k.target}%`,
            figure ? `${shown(figure.actual)}%` : '—',
            figure ? shown(figure.score) : D.kpi.noData,
          ]);
        }
        const summary = (kind: string) =>
          detail.locator(`[data-testid="section-score"][data-section="${kind}"] td`).last();
        const kpiParts = kpis.map((k) => ({ value: figures.get(k.metric)?.score ?? null, weight: k.weight }));
        expect(await text(summary('kpi'))).toBe(shown(Math.min(100, weightedMean(kpiParts) as number)));
        if (s === 0) await look(m, '[role="dialog"]', '09-review-kpis');

        // 360: three colleagues' averages and their comments, sorted, no one's name anywhere in it.
        const peerSection = detail.getByTestId('peer-summary');
        expect(await text(peerSection)).toContain(D.peers.answered_other.replace('{{count}}', '3'));
        const exact = competencies.map(
          (_, c) => [0, 1, 2].reduce((sum, p) => sum + peerRating(s, p, c), 0) / 3,
        );
        expect(await peerSection.getByTestId('peer-average').allTextContents()).toEqual(
          competencies.map((name, c) => `${name}${shown(round1(exact[c] as number))} / 5`),
        );
        const said = [0, 1, 2].flatMap((p) => peerAnswers(s, p)).filter((a) => a !== '');
        expect(await peerSection.getByTestId('peer-comments').locator('li').allTextContents()).toEqual(
          said.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        );
        for (const name of staff) expect(await text(peerSection)).not.toContain(name);
        expect(await text(summary('self'))).toBe(
          shown(ratingScore(competencies.map((_, c) => selfRating(s, c)))),
        );
        expect(await text(summary('feedback'))).toBe(
          shown(round1((exact.reduce((a, b) => a + b, 0) / exact.length) * 20)),
        );

        for (const [c, name] of competencies.entries())
          await detail
            .locator(
              `[data-testid="competency"][data-competency="${name}"] [data-testid="competency-level"][data-level="${managerRating(s, c)}"]`,
            )
            .click();
        const rated = ratingScore(competencies.map((_, c) => managerRating(s, c)));
        await expect.poll(() => text(summary('competencies'))).toBe(shown(rated));
        await detail.getByTestId('manager-rating').getByText(String(overall[s]), { exact: true }).click();
        await detail.getByTestId('manager-comment').click();
        await m.keyboard.type('A steady quarter; keep sharing what works.');
        await detail.getByTestId('manager-save').click();
        await expect.poll(() => text(summary('manager'))).toBe(shown((overall[s] as number) * 20));
        const sections = template.sections.map((x) => x.kind);
        const scores = await Promise.all(sections.map(async (kind) => Number(await text(summary(kind)))));
        const final = weightedMean(
          template.sections.map((x, i) => ({ value: scores[i] as number, weight: x.weight })),
        );
        expect(await text(detail.getByTestId('final-score'))).toBe(shown(final as number));
        if (s === 0) await look(m, '[role="dialog"]', '10-review-rated');
        await m.keyboard.press('Escape');
        await detail.waitFor({ state: 'detached' });
      };
      await rate(0);
      await rate(1);

      // 5. Closing now is refused, naming the one not finished; once rated, the cycle closes.
      const closeCycle = async (first: boolean) => {
        await board.getByTestId('cycle-close').click();
        await m.getByTestId('cycle-close-confirm').waitFor();
        if (first) await look(m, '[role="dialog"]', '11-close-confirm');
        await m.getByTestId('cycle-close-confirm').click();
        await m.getByTestId('cycle-close-confirm').waitFor({ state: 'detached' });
      };
      await closeCycle(true);
      const refusal = await text(board.getByTestId('close-refusal'));
      expect(refusal).toContain(
        uiEn.refusals.review.cycleUnfinished.replace('{{names}}', people[2] as string),
      );
      for (const finished of people.slice(0, 2)) expect(refusal).not.toContain(finished);
      expect(await board.getByTestId('cycle-status').getAttribute('data-status')).toBe('in_progress');
      await look(m, 'body', '12-close-refused');
      await rate(2);
      await closeCycle(false);
      await board.locator('[data-testid="cycle-status"][data-status="closed"]').waitFor();
      for (const person of people) {
        const cells = row(person);
        expect(await cells.getAttribute('data-finished')).toBe('true');
        expect(await cells.getByTestId('board-final').getAttribute('data-provisional')).toBe('false');
        const parts = await Promise.all(
          template.sections.map(async (x) => ({
            value: Number(await text(cells.locator(`[data-section="${x.kind}"]`))),
            weight: x.weight,
          })),
        );
        const final = weightedMean(parts) as number;
        expect(await text(cells.getByTestId('board-final'))).toBe(shown(final));
        const band = template.bands.find((b) => final >= b.min)?.label;
        expect(await text(cells.getByTestId('board-band'))).toBe(band);
      }
      await look(m, 'body', '13-board-closed');

      // 6. A cash bonus for the first person, from their review; the year's budget set on the Rewards tab.
      await row(people[0] as string)
        .getByTestId('open-review')
        .click();
      await detail.getByTestId('review-reward').click();
      const reward = m.getByTestId('reward-form');
      await reward.getByTestId('reward-kind').click();
      await m.getByRole('option', { name: W.kind.cash_bonus }).click();
      await reward.getByTestId('reward-amount').click();
      await m.keyboard.type('1500');
      await reward.getByTestId('reward-note').click();
      await m.keyboard.type('For the quarter’s results');
      await look(m, '[role="dialog"]:has([data-testid="reward-form"])', '14-reward-form');
      await m.getByTestId('reward-save').click();
      await reward.waitFor({ state: 'detached' });
      await m.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      await m.getByTestId('reviews-tab-rewards').click();
      await m.getByTestId('set-reward-budget').click();
      await m.getByTestId('reward-budget-amount').click();
      await m.keyboard.type('20000');
      await look(m, '[role="dialog"]', '15-budget-form');
      await m.getByTestId('reward-budget-save').click();
      await m.getByTestId('reward-budget-form').waitFor({ state: 'detached' });
      const year = localToday().slice(0, 4);
      const spent = (await readStore<{ date: string; amount: number; deleted: boolean }>(m, 'rewards'))
        .filter((x) => !x.deleted && x.date.startsWith(year))
        .reduce((sum, x) => sum + x.amount, 0);
      const money = (minor: number) =>
        new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(minor / 100);
      const given = m
        .locator(`[data-testid="reward-row"][data-person="${people[0]}"]`)
        .filter({ hasText: W.kind.cash_bonus });
      expect(await text(given)).toContain(money(150_000));
      expect(await text(m.getByTestId('reward-spent'))).toBe(
        W.budget.use
          .replace('{{spent}}', money(spent))
          .replace('{{budget}}', money(2_000_000))
          .replace('{{percent}}', shown(Math.round((100 * spent) / 2_000_000))),
      );
      await look(m, 'body', '16-rewards');

      // 7. The second person's report: printed (the browser's dialog stubbed), and as an A4 PDF.
      await m.getByTestId('reviews-tab-cycles').click();
      await m
        .locator(`[data-testid="cycle-row"][data-cycle="${cycleName}"]`)
        .getByTestId('open-cycle')
        .click();
      const printed = row(people[1] as string);
      const final = await text(printed.getByTestId('board-final'));
      const band = await text(printed.getByTestId('board-band'));
      await printed.getByTestId('open-review').click();
      await m.evaluate(() => {
        window.print = () => {
          document.body.dataset.printed = 'yes';
        };
      });
      await detail.getByTestId('review-print').click();
      await m.waitForFunction(() => document.body.dataset.printed === 'yes');
      const report = await text(m.locator('.sd-print-root [data-testid="review-report"]'));
      for (const expected of [people[1] as string, cycleName, final, band])
        expect(report).toContain(expected);
      await m.emulateMedia({ media: 'print' });
      await look(m, '.sd-print-root', '17-report');
      const pdf = join(screenshotDir, 'en-reviews-report.pdf');
      await m.pdf({ path: pdf, format: 'A4', printBackground: true });
      expect(readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
      await m.emulateMedia({ media: 'screen' });
      await m.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await m.locator('.sd-print-root').waitFor({ state: 'detached' });
      expect(manager.errors).toEqual([]);
      expect(reviewer.errors).toEqual([]);
    } catch (error) {
      await screenshot(m, 'en-reviews-failure-manager');
      await screenshot(r, 'en-reviews-failure-reviewer');
      throw error;
    } finally {
      await manager.close();
      await reviewer.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 230_000);
});
