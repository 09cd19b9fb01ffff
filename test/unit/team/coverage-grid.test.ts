import { describe, expect, it } from 'vitest';
import { coverageGrid, uniqueLabels } from '../../../renderer/features/team/views/coverage-grid';
import type { Duty } from '../../../shared/schema/duty';

// The coverage heat map's numbers: per duty and day, how many holders can work, and where nobody can.

const ann = crypto.randomUUID();
const bob = crypto.randomUUID();
const duty = (name: string, primaryId: string | null, backupIds: string[] = []) =>
  ({ id: crypto.randomUUID(), name, primaryId, backupIds }) as unknown as Duty;
const staff = [
  { id: ann, status: 'active' as const, weeklyCapacityHours: 40, level: 'experienced' as const, skills: {} },
  { id: bob, status: 'active' as const, weeklyCapacityHours: 40, level: 'new' as const, skills: {} },
];

describe('coverage grid', () => {
  it('counts the holders available each day and lists the days nobody is', () => {
    const invoicing = duty('Invoicing', ann, [bob]);
    const filing = duty('Filing', bob);
    const absences = [
      { staffId: ann, from: '2026-12-02', to: '2026-12-03' },
      { staffId: bob, from: '2026-12-03', to: '2026-12-03' },
    ];
    const grid = coverageGrid([invoicing, filing], { staff, absences }, '2026-12-01', 3);
    expect(grid.days).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    const v = (label: string) => grid.cells.filter((c) => c.y === label).map((c) => c.v);
    expect(v('Invoicing')).toEqual([2, 1, 0]);
    expect(v('Filing')).toEqual([1, 1, 0]);
    expect(grid.gaps.map((g) => [g.x, g.y])).toEqual([
      ['2026-12-03', 'Invoicing'],
      ['2026-12-03', 'Filing'],
    ]);
    // Ann away, Bob covers invoicing on the 2nd.
    expect(grid.cells.find((c) => c.y === 'Invoicing' && c.x === '2026-12-02')?.owner).toMatchObject({
      staffId: bob,
    });
  });

  it('a duty nobody holds has no holders and is a gap every day', () => {
    const grid = coverageGrid([duty('Archive', null)], { staff, absences: [] }, '2026-12-01', 2);
    expect(grid.rows[0]?.holderIds).toEqual([]);
    expect(grid.gaps).toHaveLength(2);
  });

  it('gives duties with the same name their own rows', () => {
    expect(uniqueLabels(['Invoicing', 'Filing', 'Invoicing', 'Invoicing'])).toEqual([
      'Invoicing',
      'Filing',
      'Invoicing (2)',
      'Invoicing (3)',
    ]);
  });
});
