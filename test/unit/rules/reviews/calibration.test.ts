import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationOutliers, median, scoreDistribution } from '../../../../shared/rules/reviews';

const counts = (bins: { count: number }[]) => bins.map((b) => b.count);

describe('score distribution', () => {
  it('shows every 10-point bin from 0 to 100, empty ones too', () => {
    const bins = scoreDistribution([]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 0 });
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 0 });
  });

  it('puts a score on a bin edge in the upper bin, and 100 in the last', () => {
    expect(counts(scoreDistribution([0, 9.9, 10, 55, 99.9, 100]))).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });

  it('takes another bin size', () => {
    expect(scoreDistribution([24.9, 25, 80], 25)).toEqual([
      { from: 0, to: 25, count: 1 },
      { from: 25, to: 50, count: 1 },
      { from: 50, to: 75, count: 0 },
      { from: 75, to: 100, count: 1 },
    ]);
    // 30 does not divide 100: the last bin reaches past it.
    expect(scoreDistribution([100], 30).at(-1)).toEqual({ from: 90, to: 120, count: 1 });
  });

  it('reaches past 100 for a higher score, counts a negative one in the first bin and leaves out what is not a number', () => {
    const bins = scoreDistribution([120, -5, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(bins).toHaveLength(12);
    expect(bins.at(-1)).toEqual({ from: 110, to: 120, count: 1 });
    expect(bins[0]?.count).toBe(1);
    expect(counts(bins).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('falls back to 10 points for a bin size that is not a positive number', () => {
    expect(scoreDistribution([50], 0)).toHaveLength(10);
    expect(scoreDistribution([50], -5)).toHaveLength(10);
    expect(scoreDistribution([50], Number.NaN)).toHaveLength(10);
  });

  it('counts every score once, in contiguous bins that hold it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 200, noNaN: true })),
        fc.integer({ min: 1, max: 50 }),
        (scores, size) => {
          const bins = scoreDistribution(scores, size);
          expect(counts(bins).reduce((a, b) => a + b, 0)).toBe(scores.length);
          bins.forEach((bin, i) => {
            expect(bin.from).toBe(i * size);
            expect(bin.to).toBe(bin.from + size);
          });
          for (const score of scores) {
            const last = bins.at(-1);
            expect(bins.some((b) => score >= b.from && (score < b.to || b === last))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('calibration outliers', () => {
  const team = [
    { id: 'anna', score: 70 },
    { id: 'bo', score: 72 },
    { id: 'chen', score: 75 },
    { id: 'dana', score: 30 },
    { id: 'eli', score: 98 },
  ];

  it('names those more than 20 points from the median, in the entries order', () => {
    // median 72: dana is 42 below, eli 26 above
    expect(calibrationOutliers(team)).toEqual(['dana', 'eli']);
  });

  it('takes another threshold, and one exactly at the threshold is not an outlier', () => {
    expect(calibrationOutliers(team, 30)).toEqual(['dana']);
    expect(calibrationOutliers(team, 26)).toEqual(['dana']);
    expect(calibrationOutliers(team, 25.9)).toEqual(['dana', 'eli']);
  });

  it('names nobody with fewer than three entries', () => {
    expect(calibrationOutliers([])).toEqual([]);
    expect(
      calibrationOutliers([
        { id: 'a', score: 10 },
        { id: 'b', score: 95 },
      ]),
    ).toEqual([]);
  });

  it('uses the mean of the middle two for an even count', () => {
    const four = [
      { id: 'a', score: 40 },
      { id: 'b', score: 60 },
      { id: 'c', score: 80 },
      { id: 'd', score: 81 },
    ];
    // median 70: a is 30 below, d is 11 above
    expect(calibrationOutliers(four)).toEqual(['a']);
  });
});
