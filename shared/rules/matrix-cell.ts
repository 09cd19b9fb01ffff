// One cell of the duty matrix: what a person is for a duty, and the duty after setting it. Nobody holds a
// duty twice (a backup made primary leaves the backups), and one edit never takes someone else off a
// duty: a new primary makes the old one the first backup, so the duty keeps the person who knows it.

export type CellRole = 'primary' | 'backup' | 'none';

export interface Holders {
  primaryId: string | null;
  backupIds: readonly string[];
}

export const roleOf = (duty: Holders, staffId: string): CellRole =>
  duty.primaryId === staffId ? 'primary' : duty.backupIds.includes(staffId) ? 'backup' : 'none';

/** What a click on the cell makes it: none → primary → backup → none. */
export const nextRole: Record<CellRole, CellRole> = { none: 'primary', primary: 'backup', backup: 'none' };

export function withCell(
  duty: Holders,
  staffId: string,
  role: CellRole,
): { primaryId: string | null; backupIds: string[] } {
  const backups = duty.backupIds.filter((id) => id !== staffId);
  if (role === 'primary') {
    const old = duty.primaryId;
    return { primaryId: staffId, backupIds: old && old !== staffId ? [old, ...backups] : backups };
  }
  const primaryId = duty.primaryId === staffId ? null : duty.primaryId;
  return { primaryId, backupIds: role === 'backup' ? [...backups, staffId] : backups };
}

/** The old primary an edit moved to the backups (someone else became primary), or null. */
export function demotedBy(before: Holders, after: Holders): string | null {
  const old = before.primaryId;
  return old && after.primaryId !== old && after.backupIds.includes(old) ? old : null;
}

/** Two sets of holders are the same: same primary, same backups in the same order. */
export const sameHolders = (a: Holders, b: Holders) =>
  a.primaryId === b.primaryId && a.backupIds.join() === b.backupIds.join();
