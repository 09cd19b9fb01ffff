import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellRole, withCell } from '../../../../shared/rules/matrix-cell';
import type { Duty } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { setCell } from '../../../db/team-commands';
import { notifyFailed } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';

// A cell edit shows at once: it is laid over the stored duties until the live query brings back the
// version it saved (or a later one), so the grid and its checks never wait for IndexedDB. A write that
// fails is taken back and said.

type Holders = ReturnType<typeof withCell>;

interface Edit {
  holders: Holders;
  /** The rev the save wrote, once it is known; the stored duty at this rev or later replaces the edit. */
  rev?: string;
}

const same = (a: Holders, b: Pick<Duty, 'primaryId' | 'backupIds'>) =>
  a.primaryId === b.primaryId && a.backupIds.join() === b.backupIds.join();

export function useMatrixEdits(stored: readonly Duty[]) {
  const { t } = useTranslation();
  const refusal = useFailureText();
  const session = useSession();
  const [pending, setPending] = useState<ReadonlyMap<string, Edit>>(new Map());
  // Read when a save ends; a ref, so `set` stays the same function and the grid's rows stay memoised.
  const latestStored = useRef(stored);
  latestStored.current = stored;

  const duties = useMemo(
    () => stored.map((d) => (pending.has(d.id) ? { ...d, ...(pending.get(d.id) as Edit).holders } : d)),
    [stored, pending],
  );
  const current = useRef(new Map<string, Holders>());
  current.current = new Map(duties.map((d) => [d.id, d]));

  // Drop an edit once the stored duty has caught up with it.
  useEffect(() => {
    setPending((edits) => {
      if (edits.size === 0) return edits;
      const next = new Map(edits);
      for (const duty of stored) {
        const edit = next.get(duty.id);
        if (edit?.rev !== undefined && duty.rev >= edit.rev) next.delete(duty.id);
      }
      return next.size === edits.size ? edits : next;
    });
  }, [stored]);

  const set = useCallback(
    (dutyId: string, staffId: string, role: CellRole) => {
      const base = current.current.get(dutyId);
      if (!base) return;
      const holders = withCell(base, staffId, role);
      // P on a primary, Delete on an empty cell: nothing to show or save.
      if (same(holders, base)) return;
      const edit: Edit = { holders };
      current.current.set(dutyId, holders);
      setPending((edits) => new Map(edits).set(dutyId, edit));
      const drop = () =>
        setPending((edits) => {
          if (edits.get(dutyId) !== edit) return edits; // a later edit of the same duty took over
          const next = new Map(edits);
          next.delete(dutyId);
          return next;
        });
      setCell(session, dutyId, staffId, role).then(
        (saved) => {
          // Noted on the edit itself (no render): the live query's version at this rev or later drops it.
          edit.rev = saved.rev;
          const live = latestStored.current.find((d) => d.id === dutyId);
          if (live && live.rev >= saved.rev) drop();
        },
        (error: unknown) => {
          drop();
          notifyFailed(t('teamArea.saveFailed', { reason: refusal(error) }));
        },
      );
    },
    [session, t, refusal],
  );

  return { duties, set };
}
