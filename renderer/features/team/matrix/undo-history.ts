import { useMemo, useRef } from 'react';
import type { Duty } from '../../../../shared/schema/duty';
import type { DutyUndo } from '../../../db/team-commands';

// The matrix's undo history: the edits of this visit, newest last. An edit joins it while it is still
// saving (so Ctrl+Z pressed at once undoes it once saved) and leaves it when its save fails or changed
// nothing. Undos run one after another, so undoing two edits of one duty in a row never races.

export interface Undoable {
  /** What undoes the edit once saved; null when it failed or changed nothing. */
  saving: Promise<DutyUndo[] | null>;
  /** Hides the notification that offers Undo for this edit. */
  hide?: () => void;
}

/**
 * After an undo wrote `saved`, an older edit of the same duty expects the rev that undo wrote: the undo
 * put the duty back exactly as that older edit had left it, so undoing it too is not a change made
 * meanwhile.
 */
export function rebase(older: readonly DutyUndo[], undone: readonly DutyUndo[], saved: readonly Duty[]) {
  for (const undo of undone) {
    const rev = saved.find((d) => d.id === undo.dutyId)?.rev;
    if (rev === undefined) continue;
    for (const earlier of older)
      if (earlier.dutyId === undo.dutyId && earlier.rev === undo.beforeRev) earlier.rev = rev;
  }
}

export function useUndoHistory(actions: {
  /** Writes the undo; rejects when it is refused. */
  undo: (undos: readonly DutyUndo[]) => Promise<Duty[]>;
  undone: (undos: readonly DutyUndo[]) => void;
  refused: (undos: readonly DutyUndo[], error: unknown) => void;
}) {
  // The latest callbacks, read when an undo runs, so the history itself never changes.
  const latest = useRef(actions);
  latest.current = actions;

  return useMemo(() => {
    const entries: Undoable[] = [];
    const known = new Map<Undoable, DutyUndo[]>();
    let running: Promise<void> = Promise.resolve();
    const remove = (entry: Undoable) => {
      const at = entries.indexOf(entry);
      if (at >= 0) entries.splice(at, 1);
    };

    return {
      push(saving: Promise<DutyUndo[] | null>): Undoable {
        const entry: Undoable = { saving };
        entries.push(entry);
        void saving.then((undos) => {
          if (undos) known.set(entry, undos);
          else remove(entry);
        });
        return entry;
      },
      has: (entry: Undoable) => entries.includes(entry),
      notice(entry: Undoable, hide: () => void) {
        entry.hide = hide;
      },
      /** Undo `entry`, or the newest edit; nothing when there is none. */
      undo(entry: Undoable | undefined = entries.at(-1)) {
        if (!entry || !entries.includes(entry)) return;
        remove(entry);
        entry.hide?.();
        running = running.then(async () => {
          const undos = await entry.saving;
          known.delete(entry);
          if (!undos) return;
          try {
            const saved = await latest.current.undo(undos);
            rebase(
              entries.flatMap((e) => known.get(e) ?? []),
              undos,
              saved,
            );
            latest.current.undone(undos);
          } catch (error) {
            latest.current.refused(undos, error);
          }
        });
      },
    };
  }, []);
}
