import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, finalScore, type SectionScores } from '../../../../shared/rules/reviews';
import {
  type RatingBand,
  type ReviewSectionKind,
  type ReviewTemplate,
  reviewSectionKinds,
} from '../../../../shared/schema/review';

type Template = Pick<ReviewTemplate, 'sections' | 'formula'>;

// The standard quarterly template: KPI 40, competencies 20, self 10, feedback 15, manager 15.
const standard: Template = {
  sections: [
    { kind: 'kpi', weight: 40 },
    { kind: 'competencies', weight: 20 },
    { kind: 'self', weight: 10 },
    { kind: 'feedback', weight: 15 },
    { kind: 'manager', weight: 15 },
  ],
  formula: '',
};
const full: SectionScores = { kpi: 83.3, competencies: 75, self: 70, feedback: 66.7, manager: 80 };
const none: SectionScores = { kpi: null, competencies: null, self: null, feedback: null, manager: null };

const bands: RatingBand[] = [
  { label: 'Outstanding', min: 90 },
  { label: 'Exceeds', min: 75 },
  { label: 'Meets', min: 60 },
  { label: 'Below', min: 0 },
];

describe('final score by weights', () => {
  it('is the weighted mean of the section scores, to one decimal', () => {
    // (83.3 × 40 + 75 × 20 + 70 × 10 + 66.7 × 15 + 80 × 15) / 100 = 77.325
    expect(finalScore(standard, full)).toEqual({ score: 77.3, missing: [] });
  });

  it('renormalises over the sections that have a score and names the others, in the template order', () => {
    // (83.3 × 40 + 75 × 20 + 80 × 15) / 75 = 80.43
    expect(finalScore(standard, { ...full, self: null, feedback: null })).toEqual({
      score: 80.4,
      missing: ['self', 'feedback'],
    });
    expect(finalScore(standard, { kpi: 50 })).toEqual({
      score: 50,
      missing: ['competencies', 'self', 'feedback', 'manager'],
    });
  });

  it('is null with every weighted section still missing', () => {
    expect(finalScore(standard, none)).toEqual({
      score: null,
      missing: ['kpi', 'competencies', 'self', 'feedback', 'manager'],
    });
  });

  it('ignores a section that weighs nothing, with or without a score', () => {
    const template: Template = {
      sections: [
        { kind: 'kpi', weight: 100 },
        { kind: 'manager', weight: 0 },
      ],
      formula: '',
    };
    expect(finalScore(template, { ...none, kpi: 50, manager: 100 })).toEqual({ score: 50, missing: [] });
    expect(finalScore(template, { ...none, kpi: 50 })).toEqual({ score: 50, missing: [] });
  });

  it('holds the result within 0–100 and treats a score that is not a number as missing', () => {
    const template: Template = {
      sections: [
        { kind: 'kpi', weight: 50 },
        { kind: 'manager', weight: 50 },
      ],
      formula: '',
    };
    expect(finalScore(template, { kpi: 150, manager: 100 }).score).toBe(100);
    expect(finalScore(template, { kpi: Number.NaN, manager: 80 })).toEqual({ score: 80, missing: ['kpi'] });
  });
});

describe('final score by formula', () => {
  const withFormula = (formula: string): Template => ({ ...standard, formula });

  it("uses the template's formula instead of the weights", () => {
    expect(finalScore(withFormula('0.6 * kpi + 0.4 * max(manager, competencies)'), full)).toEqual({
      score: 82, // 49.98 + 32
      missing: [],
    });
    expect(finalScore(withFormula('  (kpi + manager) / 2  '), full).score).toBe(81.7); // 81.65
  });

  it('is null while a section it reads has no score, naming only those sections', () => {
    expect(
      finalScore(withFormula('min(kpi, self) + manager / 10'), { ...full, self: null, feedback: null }),
    ).toEqual({ score: null, missing: ['self'] });
    // Feedback is weighted but the formula does not read it: not missing.
    expect(finalScore(withFormula('kpi'), { ...full, feedback: null })).toEqual({ score: 83.3, missing: [] });
  });

  it('holds the value within 0–100', () => {
    expect(finalScore(withFormula('kpi * 2'), full).score).toBe(100);
    expect(finalScore(withFormula('kpi - 200'), full).score).toBe(0);
  });

  it('is null, missing nothing, on a division by zero or a formula that cannot be read', () => {
    expect(finalScore(withFormula('kpi / (manager - 80)'), full)).toEqual({ score: null, missing: [] });
    expect(finalScore(withFormula('kpi * bonus'), full)).toEqual({ score: null, missing: [] });
  });
});

describe('final score, for any weights and scores', () => {
  const template = fc
    .uniqueArray(fc.constantFrom(...reviewSectionKinds), { minLength: 1, maxLength: 5 })
    .chain((kinds) =>
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: kinds.length, maxLength: kinds.length }).map(
        (weights): Template => ({
          sections: kinds.map((kind, i) => ({ kind, weight: weights[i] as number })),
          formula: '',
        }),
      ),
    );
  const scores = fc.record(
    Object.fromEntries(
      reviewSectionKinds.map((k) => [
        k,
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      ]),
    ) as Record<ReviewSectionKind, fc.Arbitrary<number | null>>,
  );

  it('is the hand-computed weighted mean, within 0–100, never NaN, and lies between the scores it averages', () => {
    fc.assert(
      fc.property(template, scores, (t, s) => {
        const result = finalScore(t, s);
        const weighted = t.sections.filter((x) => x.weight > 0);
        const scored = weighted.filter((x) => s[x.kind] !== null);
        expect(result.missing).toEqual(weighted.filter((x) => s[x.kind] === null).map((x) => x.kind));
        if (scored.length === 0) {
          expect(result.score).toBeNull();
          return;
        }
        let sum = 0;
        let weights = 0;
        for (const x of scored) {
          sum += (s[x.kind] as number) * x.weight;
          weights += x.weight;
        }
        const score = result.score as number;
        expect(Number.isNaN(score)).toBe(false);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Math.abs(score - sum / weights)).toBeLessThanOrEqual(0.05 + 1e-9);
        const values = scored.map((x) => s[x.kind] as number);
        expect(score).toBeGreaterThanOrEqual(Math.round(Math.min(...values) * 10) / 10 - 1e-9);
        expect(score).toBeLessThanOrEqual(Math.round(Math.max(...values) * 10) / 10 + 1e-9);
      }),
    );
  });
});

describe('rating band', () => {
  it('gives the highest band whose minimum the score reaches', () => {
    expect(bandOf(bands, 95)).toBe('Outstanding');
    expect(bandOf(bands, 90)).toBe('Outstanding');
    expect(bandOf(bands, 89.9)).toBe('Exceeds');
    expect(bandOf(bands, 75)).toBe('Exceeds');
    expect(bandOf(bands, 60)).toBe('Meets');
    expect(bandOf(bands, 59.9)).toBe('Below');
    expect(bandOf(bands, 0)).toBe('Below');
  });

  it('is null without a score, or below the lowest band', () => {
    expect(bandOf(bands, null)).toBeNull();
    expect(bandOf(bands, Number.NaN)).toBeNull();
    expect(bandOf([{ label: 'Pass', min: 50 }], 40)).toBeNull();
    expect(bandOf([], 80)).toBeNull();
  });

  it('does not depend on the bands being in order', () => {
    expect(bandOf([...bands].reverse(), 80)).toBe('Exceeds');
    expect(bandOf([bands[3], bands[0], bands[2], bands[1]] as RatingBand[], 91)).toBe('Outstanding');
  });
});
