import { describe, expect, it } from 'vitest';
import { certificateStates, type TrainingItemLike } from '../../../../shared/rules/training';

const TODAY = '2026-06-01';

let next = 0;
function done(staffId: string, courseId: string, completedOn: string, certificateExpires: string | null) {
  next += 1;
  return {
    id: `item-${next}`,
    staffId,
    courseId,
    due: completedOn,
    status: 'completed',
    completedOn,
    certificateExpires,
  } satisfies TrainingItemLike;
}

describe('certificate states', () => {
  it('marks a certificate valid, expiring within the window (both ends included) or expired', () => {
    const items = [
      done('anna', 'first-aid', '2025-06-02', '2026-06-01'), // expires today: still expiring, not expired
      done('ben', 'first-aid', '2025-05-31', '2026-05-31'), // expired yesterday
      done('cleo', 'first-aid', '2025-07-31', '2026-07-31'), // 60 days from today
      done('dan', 'first-aid', '2025-08-01', '2026-08-01'), // 61 days
    ];
    expect(certificateStates(items, TODAY).map((c) => [c.staffId, c.expires, c.state])).toEqual([
      ['ben', '2026-05-31', 'expired'],
      ['anna', '2026-06-01', 'expiring'],
      ['cleo', '2026-07-31', 'expiring'],
      ['dan', '2026-08-01', 'valid'],
    ]);
  });

  it('uses the window it is given', () => {
    const item = done('anna', 'forklift', '2025-07-01', '2026-07-01');
    expect(certificateStates([item], TODAY, 30)[0]?.state).toBe('expiring');
    expect(certificateStates([item], TODAY, 29)[0]?.state).toBe('valid');
  });

  it('lets a renewal replace the old certificate, whatever order the items come in', () => {
    const old = done('anna', 'first-aid', '2024-05-01', '2026-05-01');
    const renewal = done('anna', 'first-aid', '2026-04-20', '2028-04-20');
    for (const items of [
      [old, renewal],
      [renewal, old],
    ])
      expect(certificateStates(items, TODAY)).toEqual([
        { itemId: renewal.id, staffId: 'anna', courseId: 'first-aid', expires: '2028-04-20', state: 'valid' },
      ]);
  });

  it('keeps one certificate per person and course, not per person', () => {
    const items = [
      done('anna', 'first-aid', '2025-01-10', '2027-01-10'),
      done('anna', 'forklift', '2025-01-10', '2026-01-10'),
      done('ben', 'first-aid', '2025-02-10', '2027-02-10'),
    ];
    expect(certificateStates(items, TODAY).map((c) => [c.staffId, c.courseId, c.state])).toEqual([
      ['anna', 'forklift', 'expired'],
      ['anna', 'first-aid', 'valid'],
      ['ben', 'first-aid', 'valid'],
    ]);
  });

  it('shows none when the latest completion gave no certificate (the course stopped giving one)', () => {
    const items = [
      done('anna', 'first-aid', '2024-01-10', '2025-01-10'),
      done('anna', 'first-aid', '2026-01-10', null),
    ];
    expect(certificateStates(items, TODAY)).toEqual([]);
  });

  it('ignores items not completed and deleted items', () => {
    const planned = {
      ...done('anna', 'first-aid', '2026-07-01', null),
      status: 'planned',
      completedOn: null,
    } satisfies TrainingItemLike;
    const deletedRenewal = { ...done('anna', 'first-aid', '2026-05-01', '2028-05-01'), deleted: true };
    const old = done('anna', 'first-aid', '2024-05-01', '2026-05-01');
    expect(certificateStates([planned, deletedRenewal, old], TODAY)).toEqual([
      { itemId: old.id, staffId: 'anna', courseId: 'first-aid', expires: '2026-05-01', state: 'expired' },
    ]);
  });
});
