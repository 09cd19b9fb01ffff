import { describe, expect, it } from 'vitest';
import { createCycle, rateReview, setCycleStatus, startCycle } from '../../../renderer/db/review-commands';
import { loadReviewSlot, managerPartOpen } from '../../../renderer/db/review-slot';
import { freshSession } from './fixtures';
import { ratingsOf, reviewOffice } from './review-fixtures';

// The dashboard's reviews slot: the reviews of running cycles the manager has still to rate, and the
// nearest feedback due day (or the one passed, when every running cycle's has).

const today = '2026-11-28';

describe('the reviews slot', () => {
  it('is empty with no cycle running', async () => {
    const session = await freshSession();
    expect(await loadReviewSlot(session.db, today)).toEqual({ open: 0, nextDue: null });
  });

  it('counts the reviews still waiting for the manager, and names the cycle whose feedback is due next', async () => {
    const office = await reviewOffice();
    const { session, people, template } = office;
    expect(await loadReviewSlot(session.db, today)).toEqual({
      open: 4,
      nextDue: { cycle: '2026 Q4', date: '2026-12-20', passed: false },
    });
    // Rated in full: done. Half rated (no overall rating): still open.
    const [anna, ben] = people as [(typeof people)[0], (typeof people)[0]];
    await rateReview(session, (await office.reviewOf(anna)).id, {
      competencyRatings: ratingsOf(4),
      managerRating: 4,
    });
    await rateReview(session, (await office.reviewOf(ben)).id, { competencyRatings: ratingsOf(3) });
    expect((await loadReviewSlot(session.db, today)).open).toBe(3);
    // Calibrating still counts; a second cycle due sooner is the one named.
    await setCycleStatus(session, office.cycle.id, 'calibrating');
    const sooner = await createCycle(session, {
      name: 'Probation: Dan',
      from: '2026-11-01',
      to: '2026-12-31',
      templateId: template.id,
      participants: [people[3]?.id as string],
      status: 'in_progress',
      feedbackDue: '2026-12-05',
    });
    await startCycle(session, sooner.id);
    const slot = await loadReviewSlot(session.db, today);
    expect(slot).toEqual({
      open: 4,
      nextDue: { cycle: 'Probation: Dan', date: '2026-12-05', passed: false },
    });
    // After every due day: the latest one passed, flagged.
    expect((await loadReviewSlot(session.db, '2026-12-21')).nextDue).toEqual({
      cycle: '2026 Q4',
      date: '2026-12-20',
      passed: true,
    });
  });

  it('leaves out cycles not started, and deleted reviews', async () => {
    const office = await reviewOffice();
    const { session, template, people } = office;
    // A cycle made but not started: its reviews are nobody's to do yet.
    await createCycle(session, {
      name: '2027 Q1',
      from: '2027-01-01',
      to: '2027-03-31',
      templateId: template.id,
      participants: people.map((p) => p.id),
      status: 'not_started',
      feedbackDue: '2027-03-20',
    });
    const [first] = await session.db.reviews.where('cycleId').equals(office.cycle.id).toArray();
    await session.repos.reviews.remove(first?.id as string);
    expect(await loadReviewSlot(session.db, today)).toEqual({
      open: 3,
      nextDue: { cycle: '2026 Q4', date: '2026-12-20', passed: false },
    });
  });

  it('asks only for the parts the template weighs', () => {
    const review = { competencyRatings: [], managerRating: null };
    const competencies = [{ name: 'Accuracy', rubric: [] }];
    expect(managerPartOpen({ sections: [{ kind: 'kpi', weight: 100 }], competencies }, review)).toBe(false);
    expect(managerPartOpen({ sections: [{ kind: 'manager', weight: 100 }], competencies }, review)).toBe(
      true,
    );
    expect(
      managerPartOpen(
        { sections: [{ kind: 'competencies', weight: 100 }], competencies },
        { ...review, competencyRatings: [{ criterion: 'Accuracy', rating: 3 }] },
      ),
    ).toBe(false);
  });
});
