import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/rules/local-date';
import {
  byConcern,
  daysBetween,
  daysToResolve,
  heatMap,
  isFlagged,
  nextIncidentStatus,
  REPEAT_THRESHOLD,
  recentIncidents,
  riskFlags,
  riskLevel,
  riskScore,
} from '../../../../shared/rules/routines/risk';
import { type RiskStatus, riskStatuses } from '../../../../shared/schema/risk';

// The risk register's rules: score and level, the heat map of open risks, the two flags, and an
// incident's days to resolve and complaint steps.

const scale = fc.integer({ min: 1, max: 5 });
const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));

describe('score and level', () => {
  it('is likelihood × impact, from 1 to 25, and rises with either', () => {
    fc.assert(
      fc.property(scale, scale, (likelihood, impact) => {
        const score = riskScore({ likelihood, impact });
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(25);
        if (likelihood < 5) expect(riskScore({ likelihood: likelihood + 1, impact })).toBeGreaterThan(score);
      }),
    );
  });

  it('levels: low ≤ 4, medium ≤ 9, high ≤ 15, critical above, never falling as the score rises', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
    const order = ['low', 'medium', 'high', 'critical'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), (s) => {
        expect(order.indexOf(riskLevel(s + 1))).toBeGreaterThanOrEqual(order.indexOf(riskLevel(s)));
      }),
    );
  });
});

describe('heat map', () => {
  const risk = fc.record({
    likelihood: scale,
    impact: scale,
    status: fc.constantFrom(...riskStatuses),
    deleted: fc.boolean(),
  });

  it('counts every open risk once, in the cell of its likelihood and impact', () => {
    fc.assert(
      fc.property(fc.array(risk, { maxLength: 60 }), (risks) => {
        const map = heatMap(risks);
        expect(map).toHaveLength(5);
        expect(map.every((row) => row.length === 5)).toBe(true);
        const open = risks.filter((r) => r.status !== 'closed' && !r.deleted);
        expect(map.flat().reduce((sum, c) => sum + c.count, 0)).toBe(open.length);
        for (const cell of map.flat())
          expect(cell.count).toBe(
            open.filter((r) => r.likelihood === cell.likelihood && r.impact === cell.impact).length,
          );
      }),
    );
  });

  it('is read like a risk matrix: likelihood 5 on the top row, impact 5 in the last column', () => {
    const map = heatMap([{ likelihood: 5, impact: 5, status: 'open', deleted: false }]);
    expect(map[0]?.[4]).toMatchObject({ likelihood: 5, impact: 5, count: 1, score: 25, level: 'critical' });
    expect(map[4]?.[0]).toMatchObject({ likelihood: 1, impact: 1, count: 0, level: 'low' });
  });
});

describe('flags', () => {
  const today = '2026-12-10';
  const base = { id: 'r1', status: 'open' as const, reviewOn: today, deleted: false };

  it('review overdue: open and the review day before today (today itself is not late; closed never is)', () => {
    expect(riskFlags(base, [], today).reviewOverdue).toBe(false);
    expect(riskFlags({ ...base, reviewOn: '2026-12-09' }, [], today).reviewOverdue).toBe(true);
    expect(riskFlags({ ...base, status: 'mitigated', reviewOn: '2026-12-09' }, [], today).reviewOverdue).toBe(
      true,
    );
    expect(riskFlags({ ...base, status: 'closed', reviewOn: '2026-01-01' }, [], today).reviewOverdue).toBe(
      false,
    );
  });

  it('repeated: two incidents of this risk dated in the 90 days ending today', () => {
    const inc = (date: string, riskId: string | null = 'r1', deleted = false) => ({ date, riskId, deleted });
    const first = addDays(today, -89);
    expect(recentIncidents([inc(first), inc(today)], 'r1', today)).toBe(2);
    expect(riskFlags(base, [inc(first), inc(today)], today)).toMatchObject({
      repeated: true,
      recentIncidents: 2,
    });
    // The day before the window, another risk's, a removed one and one dated ahead do not count.
    const others = [inc(addDays(today, -90)), inc(today, 'r2'), inc(today, null), inc(today, 'r1', true)];
    expect(riskFlags(base, [inc(today), ...others, inc(addDays(today, 1))], today)).toMatchObject({
      repeated: false,
      recentIncidents: 1,
    });
    expect(isFlagged(riskFlags(base, [inc(today), inc(today)], today))).toBe(true);
    expect(isFlagged(riskFlags({ ...base, status: 'closed' }, [inc(today), inc(today)], today))).toBe(false);
  });

  it('repeated exactly when at least the threshold of incidents fall in the window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -200, max: 30 }), { maxLength: 10 }), (offsets) => {
        const incidents = offsets.map((o) => ({ date: addDays(today, o), riskId: 'r1', deleted: false }));
        const inWindow = offsets.filter((o) => o <= 0 && o > -90).length;
        expect(riskFlags(base, incidents, today).repeated).toBe(inWindow >= REPEAT_THRESHOLD);
      }),
    );
  });
});

describe('incidents', () => {
  it('days to resolve: calendar days from the incident, null while unresolved', () => {
    expect(daysToResolve({ date: '2026-12-01', resolvedOn: null })).toBeNull();
    expect(daysToResolve({ date: '2026-12-01', resolvedOn: '2026-12-01' })).toBe(0);
    expect(daysToResolve({ date: '2026-02-27', resolvedOn: '2026-03-02' })).toBe(3);
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (from, n) => {
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
    );
  });

  it('a complaint goes received → investigating → resolved → closed, and no further', () => {
    expect(nextIncidentStatus('received')).toBe('investigating');
    expect(nextIncidentStatus('investigating')).toBe('resolved');
    expect(nextIncidentStatus('resolved')).toBe('closed');
    expect(nextIncidentStatus('closed')).toBeNull();
  });

  it('risks in order of concern: open before closed, then the higher score, then the earlier review', () => {
    const r = (
      title: string,
      likelihood: number,
      impact: number,
      reviewOn: string,
      status: RiskStatus = 'open',
    ) => ({ title, likelihood, impact, reviewOn, status });
    const list = [
      r('closed', 5, 5, '2026-01-01', 'closed'),
      r('later', 3, 3, '2026-12-20'),
      r('worst', 4, 5, '2026-12-30'),
      r('sooner', 3, 3, '2026-12-01'),
    ];
    expect([...list].sort(byConcern).map((x) => x.title)).toEqual(['worst', 'sooner', 'later', 'closed']);
  });
});
