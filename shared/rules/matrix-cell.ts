// One cell of the duty matrix: what a person is for a duty, and the duty after setting it. A new primary
// replaces the old one, and nobody holds a duty twice (a backup made primary leaves the backups).

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
  if (role === 'primary') return { primaryId: staffId, backupIds: backups };
  const primaryId = duty.primaryId === staffId ? null : duty.primaryId;
  return { primaryId, backupIds: role === 'backup' ? [...backups, staffId] : backups };
}
