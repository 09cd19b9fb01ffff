import { describe, expect, it } from 'vitest';
import { chooseAssignee, leastLoadedRule } from '../../../shared/rules/assignment';
import type { Absence } from '../../../shared/rules/coverage';
import { coverageRule, type OrderDuty } from '../../../shared/rules/coverage-assignment';
import { duty as baseDuty, person } from './coverage-fixtures';

// Routing a submitted order by who covers the matching order-processing duty today.

const duty = (id: string, over: Partial<OrderDuty> = {}): OrderDuty => ({
  ...baseDuty(id),
  covers: { segments: [], regions: [] },
  ...over,
});

const staff = [
  person('ann'),
  person('bo'),
  person('cy', { handlesOrders: true }),
  person('dee', { skills: { orders: 1 }, handlesOrders: true }),
  person('eve'),
];
const customers: Record<string, { segment: string; region: string }> = {
  key1: { segment: 'key', region: '华东' },
  small1: { segment: 'small', region: '华南' },
};
const duties = [
  duty('key-accounts', { primaryId: 'ann', backupIds: ['bo'], covers: { segments: ['key'], regions: [] } }),
  duty('everyone-else', { primaryId: 'cy', backupIds: ['bo'] }),
];
const context = (today: string, load: Record<string, number> = {}) => ({
  staff: staff.map((s) => ({ id: s.id, name: s.id, status: s.status, handlesOrders: true, deleted: false })),
  openLoad: new Map(Object.entries(load)),
  today,
});
const rule = (absences: Absence[]) =>
  coverageRule({ duties, staff, absences, customerOf: (id) => customers[id] });

describe('order routing by the duty matrix', () => {
  it('sends an order to the primary of the narrowest matching duty', () => {
    const r = rule([]);
    expect(r.choose({ customerId: 'key1', priority: 'normal' }, context('2026-12-08'))).toBe('ann');
    expect(r.choose({ customerId: 'small1', priority: 'normal' }, context('2026-12-08'))).toBe('cy');
    expect(r.choose({ customerId: 'unknown', priority: 'normal' }, context('2026-12-08'))).toBe('cy');
  });

  it('goes to the covering backup while the primary is away, and back after', () => {
    const r = rule([{ staffId: 'ann', from: '2026-12-07', to: '2026-12-11' }]);
    expect(r.choose({ customerId: 'key1', priority: 'urgent' }, context('2026-12-08'))).toBe('bo');
    expect(r.choose({ customerId: 'key1', priority: 'urgent' }, context('2026-12-12'))).toBe('ann');
  });

  it('with primary and backups away, goes to the least-loaded person there who has the skill', () => {
    const away: Absence[] = [
      { staffId: 'ann', from: '2026-12-07', to: '2026-12-11' },
      { staffId: 'bo', from: '2026-12-07', to: '2026-12-11' },
    ];
    // dee has the lightest load but not the skill (orders 1 < 2), eve has both but does not take orders:
    // cy takes it.
    expect(
      rule(away).choose(
        { customerId: 'key1', priority: 'normal' },
        context('2026-12-08', { cy: 5, dee: 0, eve: 0 }),
      ),
    ).toBe('cy');
  });

  it('when nobody qualified is there, the queue’s default rule decides', () => {
    const away: Absence[] = ['ann', 'bo', 'cy'].map((staffId) => ({
      staffId,
      from: '2026-12-07',
      to: '2026-12-11',
    }));
    const rules = [rule(away), leastLoadedRule];
    const loads = { ann: 3, bo: 2, cy: 1, dee: 0, eve: 4 };
    // The default knows nothing of skills or absences: it picks the lightest load.
    expect(
      chooseAssignee(rules, { customerId: 'key1', priority: 'normal' }, context('2026-12-08', loads)),
    ).toBe('dee');
    expect(rule(away).choose({ customerId: 'key1', priority: 'normal' }, context('2026-12-08'))).toBeNull();
  });
});
