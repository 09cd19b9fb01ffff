import { standardDuties } from '../rules/standard-duties';
import type { DutyInput } from '../schema/duty';
import type { StaffInput } from '../schema/staff';
import type { SampleLanguage } from './language';
import type { Random } from './random';
import type { Sample } from './types';

// The sample office's duties: the eight standard ones, held by the people in these seats
// (shared/sample/staff.ts `seats`), in the standard duties' order.
const owners: readonly { primary: number; backups: readonly number[] }[] = [
  { primary: 0, backups: [1, 2] },
  { primary: 4, backups: [5, 6] },
  { primary: 7, backups: [8] },
  { primary: 9, backups: [0] },
  { primary: 10, backups: [3] },
  { primary: 5, backups: [4] },
  { primary: 11, backups: [9] },
  { primary: 8, backups: [] },
];

export function generateDuties(
  random: Random,
  language: SampleLanguage,
  staff: readonly Sample<StaffInput>[],
): Sample<DutyInput>[] {
  const staffId = (seat: number) => {
    const member = staff[seat];
    if (!member) throw new Error(`No staff member in seat ${seat}`);
    return member.id;
  };
  return standardDuties(language).map((duty, i) => {
    const seat = owners[i];
    if (!seat) throw new Error(`No owners for the standard duty ${duty.name}`);
    return {
      id: random.uuid(),
      input: { ...duty, primaryId: staffId(seat.primary), backupIds: seat.backups.map(staffId) },
    };
  });
}
