import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addPeerRequest, typeResponse } from '../../../renderer/db/review-commands';
import type { DataSession } from '../../../renderer/db/session';
import { ReviewDetail } from '../../../renderer/features/reviews/review/ReviewDetail';
import type { Staff } from '../../../shared/schema/staff';
import { ratingsOf, reviewOffice } from '../../unit/db/review-fixtures';
import { messageOf, renderScreen } from '../support';

// One review in its dialog over a real (fake-indexeddb) office of four on the standard quarterly template
// (Q4 2026). Anna's personal goal stands at 60 % of its target, so her goal-attainment KPI scores 60 from
// the data. A manager's adjustment needs a written reason and keeps the data's score beside it; 360
// feedback shows nothing until three colleagues answered, and then never says who wrote what.

/** A personal goal of `person` (serving a duty) due in the cycle, measured by hand, checked in at 60 of 100. */
async function goalAtSixty(session: DataSession, person: Staff) {
  const duty = await session.repos.duties.create({ name: 'Returns', complexity: 'simple', hoursPerWeek: 4 });
  const goal = await session.repos.goals.create({
    title: 'Clear the returns backlog',
    description: 'Points of the 100 returns cleared, counted at each check-in',
    metric: 'manual',
    manualUnit: 'points',
    scope: 'person',
    ownerId: person.id,
    dutyId: duty.id,
    baseline: 0,
    target: 100,
    direction: 'increase',
    term: 'quarterly',
    start: '2026-10-01',
    due: '2026-12-31',
  });
  await session.repos.goalCheckIns.create({ goalId: goal.id, at: '2026-11-15', value: 60, comment: '' });
}

async function annasReview() {
  const office = await reviewOffice();
  const anna = office.people[0] as Staff;
  await goalAtSixty(office.session, anna);
  const review = await office.reviewOf(anna);
  return { ...office, anna, review };
}

const kpiRow = (metric: string) => {
  const row = screen.getAllByTestId('kpi-row').find((r) => r.dataset.metric === metric);
  if (!row) throw new Error(`no KPI row ${metric}`);
  return within(row);
};

describe('review detail: adjusting a KPI', () => {
  it('asks for a reason, saves nothing without one, and keeps the data’s score beside the new one', async () => {
    const { session, review } = await annasReview();
    const user = await renderScreen(<ReviewDetail reviewId={review.id} onClose={() => {}} />, { session });

    await waitFor(() =>
      expect(kpiRow('goalAttainment').getByTestId('kpi-data-score').textContent).toBe('60'),
    );
    await user.click(kpiRow('goalAttainment').getByTestId('kpi-adjust'));
    const form = within(await screen.findByTestId('kpi-adjust-form'));
    expect(screen.getByTestId('kpi-adjust-original').textContent).toContain('a score of 60');

    const score = form.getByLabelText(/^Score/);
    await user.type(score, '75');
    await user.click(screen.getByTestId('kpi-adjust-save'));
    const reason = form.getByLabelText(/^Reason/);
    await waitFor(() => expect(messageOf(reason)).toBe('Required'));
    expect((await session.db.reviews.get(review.id))?.kpiAdjustments).toEqual([]);

    await user.type(reason, 'Two of the goals were set a month late');
    await user.click(screen.getByTestId('kpi-adjust-save'));
    await waitFor(() => expect(screen.queryByTestId('kpi-adjust-form')).toBeNull());
    expect((await session.db.reviews.get(review.id))?.kpiAdjustments).toEqual([
      { metric: 'goalAttainment', score: 75, original: 60, reason: 'Two of the goals were set a month late' },
    ]);
    const row = kpiRow('goalAttainment');
    await waitFor(() => expect(row.getByTestId('kpi-score').textContent).toBe('Adjusted75'));
    expect(row.getByTestId('kpi-data-score').textContent).toBe('60');
    expect(row.getByTestId('kpi-reason').textContent).toBe(
      'Adjusted: Two of the goals were set a month late',
    );
  });

  it('says the reason is required in Chinese, and a score beyond what the data could earn is refused', async () => {
    const { session, review } = await annasReview();
    const user = await renderScreen(<ReviewDetail reviewId={review.id} onClose={() => {}} />, {
      session,
      language: 'zh-CN',
    });
    await waitFor(() =>
      expect(kpiRow('goalAttainment').getByTestId('kpi-data-score').textContent).toBe('60'),
    );
    await user.click(kpiRow('goalAttainment').getByTestId('kpi-adjust'));
    const form = within(await screen.findByTestId('kpi-adjust-form'));
    const score = form.getByLabelText(/^得分/);
    await user.type(score, '151');
    await user.click(screen.getByTestId('kpi-adjust-save'));
    await waitFor(() => expect(messageOf(score)).toBe('不能超过 150'));
    expect(messageOf(form.getByLabelText(/^原因/))).toBe('必填');
    expect((await session.db.reviews.get(review.id))?.kpiAdjustments).toEqual([]);
  });

  it('Esc in the adjustment closes the adjustment, not the review beneath it', async () => {
    const { session, review } = await annasReview();
    let closed = false;
    const user = await renderScreen(
      <ReviewDetail
        reviewId={review.id}
        onClose={() => {
          closed = true;
        }}
      />,
      { session },
    );
    await waitFor(() =>
      expect(kpiRow('goalAttainment').getByTestId('kpi-data-score').textContent).toBe('60'),
    );
    await user.click(kpiRow('goalAttainment').getByTestId('kpi-adjust'));
    await screen.findByTestId('kpi-adjust-form');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('kpi-adjust-form')).toBeNull());
    expect(closed).toBe(false);
    expect(screen.getByTestId('review-detail')).toBeTruthy();
  });
});

describe('review detail: the manager’s assessment', () => {
  it('asks before a comment not saved is lost, and saves the rating and comment together', async () => {
    const { session, review } = await annasReview();
    let closed = false;
    const user = await renderScreen(
      <ReviewDetail
        reviewId={review.id}
        onClose={() => {
          closed = true;
        }}
      />,
      { session },
    );
    const comment = await screen.findByLabelText('Manager’s comment');
    await user.click(within(screen.getByTestId('manager-rating')).getByText('4'));
    await user.type(comment, 'Helped the team through the peak');
    await user.keyboard('{Escape}');
    await screen.findByText('Discard changes?');
    expect(closed).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await user.click(screen.getByTestId('manager-save'));
    await waitFor(async () =>
      expect(await session.db.reviews.get(review.id)).toMatchObject({
        managerRating: 4,
        managerComment: 'Helped the team through the peak',
      }),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(closed).toBe(true));
  });
});

describe('review detail: 360 feedback stays anonymous', () => {
  it('shows only how many answers are still needed below three, then averages and unnamed comments', async () => {
    const { session, people, review } = await annasReview();
    const [, ben, cleo, dan] = people as [Staff, Staff, Staff, Staff];
    const answer = async (peer: Staff, rating: number, comment: string) => {
      const request = await addPeerRequest(session, review.id, { staffId: peer.id, name: peer.name });
      await typeResponse(session, request.id, ratingsOf(rating), [comment, '']);
    };
    await answer(ben, 5, 'Zeal for getting every order right');
    await answer(cleo, 3, 'Answers the phone before anyone else');
    await renderScreen(<ReviewDetail reviewId={review.id} onClose={() => {}} />, { session });

    const feedback = await screen.findByTestId('section-feedback');
    await waitFor(() =>
      expect(within(feedback).getByTestId('peer-hidden').textContent).toContain('2 of 3 answers needed'),
    );
    expect(feedback.textContent).not.toContain('Zeal');
    expect(within(feedback).queryByTestId('peer-summary')).toBeNull();

    await answer(dan, 4, 'Keeps the team calm');
    const summary = await within(feedback).findByTestId('peer-summary');
    expect(within(summary).getAllByTestId('peer-average')[0]?.textContent).toBe('Accuracy4 / 5');
    // Sorted, not in the order the colleagues answered.
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Answers the phone before anyone else',
      'Keeps the team calm',
      'Zeal for getting every order right',
    ]);
    for (const name of [ben.name, cleo.name, dan.name]) expect(feedback.textContent).not.toContain(name);
    expect(screen.getByTestId('review-detail').textContent).not.toMatch(/Ben Li|Cleo Zhao|Dan Sun/);
  });
});
