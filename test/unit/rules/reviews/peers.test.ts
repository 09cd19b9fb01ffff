import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PEERS, peerSummary, ratingsScore } from '../../../../shared/rules/reviews';
import type { CriterionRating, FeedbackQuestions } from '../../../../shared/schema/review';

const questions: FeedbackQuestions = {
  competencies: [
    { name: 'Accuracy', rubric: ['', '', '', '', ''] },
    { name: 'Teamwork', rubric: ['', '', '', '', ''] },
  ],
  questions: ['What should they keep doing?', 'What could they do better?'],
};

const answer = (accuracy: number, teamwork: number, answers: string[]) => ({
  ratings: [
    { criterion: 'Accuracy', rating: accuracy },
    { criterion: 'Teamwork', rating: teamwork },
  ],
  answers,
});

describe('ratings score', () => {
  it('maps the mean 1–5 rating onto 20–100, to one decimal', () => {
    expect(ratingsScore([1])).toBe(20);
    expect(ratingsScore([3])).toBe(60);
    expect(ratingsScore([5, 5])).toBe(100);
    expect(ratingsScore([4, 5])).toBe(90);
    expect(ratingsScore([1, 2, 2])).toBe(33.3);
  });

  it('is null with no ratings', () => {
    expect(ratingsScore([])).toBeNull();
  });
});

describe('peer summary', () => {
  it('needs three answers', () => {
    expect(MIN_PEERS).toBe(3);
  });

  it('shows nothing but the count while fewer than three colleagues answered', () => {
    const two = [answer(5, 1, ['Fast and careful', '']), answer(4, 2, ['', 'Share more'])];
    expect(peerSummary(two, questions)).toEqual({
      count: 2,
      shown: false,
      averages: [],
      comments: [],
      score: null,
    });
    expect(peerSummary([], questions)).toEqual({
      count: 0,
      shown: false,
      averages: [],
      comments: [],
      score: null,
    });
  });

  it('averages each competency and scores their mean × 20 once three answered', () => {
    const three = [answer(4, 2, ['', '']), answer(5, 3, ['', '']), answer(3, 3, ['', ''])];
    const summary = peerSummary(three, questions);
    expect(summary.count).toBe(3);
    expect(summary.shown).toBe(true);
    expect(summary.averages).toEqual([
      { criterion: 'Accuracy', average: 4 },
      { criterion: 'Teamwork', average: 2.7 },
    ]);
    // (4 + 2.666…) / 2 × 20, from the unrounded averages
    expect(summary.score).toBe(66.7);
  });

  it('keeps the non-blank comments, trimmed, in text order rather than answer order', () => {
    const three = [
      answer(3, 3, ['Zed', '  ']),
      answer(3, 3, ['apple', 'Best']),
      answer(3, 3, ['', 'middle ']),
    ];
    expect(peerSummary(three, questions).comments).toEqual(['Best', 'Zed', 'apple', 'middle']);
  });

  it('ignores ratings of criteria the request did not ask, and leaves out a competency nobody rated', () => {
    const responses: { ratings: CriterionRating[]; answers: string[] }[] = [
      {
        ratings: [
          { criterion: 'Accuracy', rating: 5 },
          { criterion: 'Charm', rating: 1 },
        ],
        answers: [],
      },
      { ratings: [{ criterion: 'Accuracy', rating: 4 }], answers: [] },
      { ratings: [{ criterion: 'Accuracy', rating: 3 }], answers: [] },
    ];
    const summary = peerSummary(responses, questions);
    expect(summary.averages).toEqual([{ criterion: 'Accuracy', average: 4 }]);
    expect(summary.score).toBe(80);
  });

  it('has no score when the answers rate none of the competencies', () => {
    const responses = [1, 2, 3].map(() => ({ ratings: [], answers: ['ok'] }));
    expect(peerSummary(responses, questions)).toEqual({
      count: 3,
      shown: true,
      averages: [],
      comments: ['ok', 'ok', 'ok'],
      score: null,
    });
  });

  it('does not reveal who answered: any order of the same answers gives the same summary', () => {
    const oneAnswer = fc
      .record({
        accuracy: fc.integer({ min: 1, max: 5 }),
        teamwork: fc.integer({ min: 1, max: 5 }),
        answers: fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 2 }),
      })
      .map((a) => answer(a.accuracy, a.teamwork, a.answers));
    fc.assert(
      fc.property(
        fc
          .array(oneAnswer, { minLength: 0, maxLength: 8 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([responses, shuffled]) => {
          const summary = peerSummary(responses, questions);
          expect(peerSummary(shuffled, questions)).toEqual(summary);
          expect(summary.shown).toBe(responses.length >= MIN_PEERS);
          if (summary.shown) {
            expect(summary.score).not.toBeNull();
            expect(summary.score).toBeGreaterThanOrEqual(20);
            expect(summary.score).toBeLessThanOrEqual(100);
          } else {
            expect(summary).toMatchObject({ averages: [], comments: [], score: null });
          }
        },
      ),
    );
  });
});
