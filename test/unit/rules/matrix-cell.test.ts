import { describe, expect, it } from 'vitest';
import { demotedBy, nextRole, roleOf, withCell } from '../../../shared/rules/matrix-cell';

// One matrix cell: a click or a key sets one person's role, and never takes anyone else off the duty.

const duty = { primaryId: 'ann', backupIds: ['bob'] };

describe('a matrix cell', () => {
  it('a second primary makes the old one the first backup, and says who was moved', () => {
    const after = withCell(duty, 'cai', 'primary');
    expect(after).toEqual({ primaryId: 'cai', backupIds: ['ann', 'bob'] });
    expect(demotedBy(duty, after)).toBe('ann');
  });

  it('a backup made primary swaps places with the old primary', () => {
    const after = withCell(duty, 'bob', 'primary');
    expect(after).toEqual({ primaryId: 'bob', backupIds: ['ann'] });
    expect(demotedBy(duty, after)).toBe('ann');
  });

  it('no one is moved when the row had no primary, the primary is set again, or the primary is cleared', () => {
    const empty = { primaryId: null, backupIds: ['bob'] };
    expect(withCell(empty, 'cai', 'primary')).toEqual({ primaryId: 'cai', backupIds: ['bob'] });
    expect(demotedBy(empty, withCell(empty, 'cai', 'primary'))).toBeNull();
    expect(withCell(duty, 'ann', 'primary')).toEqual(duty);
    expect(demotedBy(duty, withCell(duty, 'ann', 'none'))).toBeNull();
    expect(withCell(duty, 'ann', 'none')).toEqual({ primaryId: null, backupIds: ['bob'] });
  });

  it('a click cycles none → primary → backup → none', () => {
    let holders: { primaryId: string | null; backupIds: readonly string[] } = {
      primaryId: null,
      backupIds: [],
    };
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      holders = withCell(holders, 'ann', nextRole[roleOf(holders, 'ann')]);
      seen.push(roleOf(holders, 'ann'));
    }
    expect(seen).toEqual(['primary', 'backup', 'none']);
  });
});
