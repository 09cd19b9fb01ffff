import { describe, expect, it } from 'vitest';
import {
  type KpiRow,
  type PeerSummary,
  reviewOpenParts,
  type SectionScores,
  sectionScores,
} from '../../../../shared/rules/reviews';
import type { ReviewTemplate } from '../../../../shared/schema/review';

const competencies: ReviewTemplate['competencies'] = ['Accuracy', 'Teamwork', 'Customer focus'].map(
  (name) => ({
    name,
    rubric: ['', '', '', '', ''],
  }),
);

const standardSections: ReviewTemplate['sections'] = [
  { kind: 'kpi', weight: 40 },
  { kind: 'competencies', weight: 20 },
  { kind: 'self', weight: 10 },
  { kind: 'feedback', weight: 15 },
  { kind: 'manager', weight: 15 },
];

const kpiRow = (score: number | null, weight: number): KpiRow => ({
  metric: 'onTimeRate',
  target: 95,
  weight,
  actual: null,
  dataScore: score,
  score,
  adjustment: null,
});

const hidden: PeerSummary = { count: 2, shown: false, averages: [], comments: [], score: null };
const shown: PeerSummary = { count: 4, shown: true, averages: [], comments: [], score: 72.5 };

const allRated = [
  { criterion: 'Accuracy', rating: 4 },
  { criterion: 'Teamwork', rating: 5 },
  { criterion: 'Customer focus', rating: 3 },
];

describe('section scores', () => {
  it('scores every section from its source', () => {
    expect(
      sectionScores({
        template: { competencies },
        kpiRows: [kpiRow(100, 50), kpiRow(50, 50)],
        review: { competencyRatings: allRated, managerRating: 4 },
        selfRatings: [3, 4],
        peers: shown,
      }),
    ).toEqual({ kpi: 75, competencies: 80, self: 70, feedback: 72.5, manager: 80 });
  });

  it('leaves every section without its input empty', () => {
    expect(
      sectionScores({
        template: { competencies },
        kpiRows: [],
        review: { competencyRatings: [], managerRating: null },
        selfRatings: null,
        peers: hidden,
      }),
    ).toEqual({ kpi: null, competencies: null, self: null, feedback: null, manager: null });
  });

  it('scores the competencies only once the manager rated every one of the template (ratings of others ignored)', () => {
    const score = (ratings: { criterion: string; rating: number }[]) =>
      sectionScores({
        template: { competencies },
        kpiRows: [],
        review: { competencyRatings: ratings, managerRating: null },
        selfRatings: null,
        peers: hidden,
      }).competencies;
    expect(score(allRated.slice(0, 2))).toBeNull();
    expect(score([...allRated, { criterion: 'Retired competency', rating: 1 }])).toBe(80);
    expect(score([...allRated].reverse())).toBe(80);
  });

  it('scores the manager rating × 20 and the self-assessment as a ratings mean', () => {
    const scores = (managerRating: number, selfRatings: number[]) =>
      sectionScores({
        template: { competencies },
        kpiRows: [],
        review: { competencyRatings: [], managerRating },
        selfRatings,
        peers: hidden,
      });
    expect(scores(1, [1, 1, 2])).toMatchObject({ manager: 20, self: 26.7 });
    expect(scores(5, [5])).toMatchObject({ manager: 100, self: 100 });
  });

  it('hides the feedback score while the peer summary is not shown', () => {
    const input = {
      template: { competencies },
      kpiRows: [],
      review: { competencyRatings: [], managerRating: null },
      selfRatings: null,
    };
    expect(sectionScores({ ...input, peers: { ...hidden, score: 90 } }).feedback).toBeNull();
    expect(sectionScores({ ...input, peers: shown }).feedback).toBe(72.5);
  });
});

describe('open parts of a review', () => {
  const none: SectionScores = { kpi: null, competencies: null, self: null, feedback: null, manager: null };
  const done: SectionScores = { kpi: 80, competencies: 70, self: 60, feedback: 75, manager: 80 };

  it('lists the weighted sections without a score, in the template order', () => {
    expect(reviewOpenParts({ sections: standardSections }, none, hidden)).toEqual([
      'kpi',
      'competencies',
      'self',
      'feedback',
      'manager',
    ]);
    expect(
      reviewOpenParts({ sections: standardSections }, { ...done, self: null, manager: null }, shown),
    ).toEqual(['self', 'manager']);
    expect(reviewOpenParts({ sections: standardSections }, done, shown)).toEqual([]);
  });

  it('keeps feedback open while fewer than three peers answered, whatever score was passed', () => {
    expect(reviewOpenParts({ sections: standardSections }, done, hidden)).toEqual(['feedback']);
    expect(reviewOpenParts({ sections: standardSections }, done, { count: 3 })).toEqual([]);
  });

  it('never counts a section that weighs nothing, nor one the template lacks', () => {
    const sections: ReviewTemplate['sections'] = [
      { kind: 'kpi', weight: 100 },
      { kind: 'feedback', weight: 0 },
    ];
    expect(reviewOpenParts({ sections }, { ...none, kpi: 90 }, hidden)).toEqual([]);
    expect(reviewOpenParts({ sections }, {}, hidden)).toEqual(['kpi']);
  });
});
