import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import type { DutyChange } from '../../../../shared/rules/coverage-suggest';
import { type CellRole, demotedBy, sameHolders, withCell } from '../../../../shared/rules/matrix-cell';
import type { Duty } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { applyDutyChanges, type DutyUndo, setCell, undoDutyEdits } from '../../../db/team-commands';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { type Undoable, useUndoHistory } from './undo-history';

// A matrix edit shows at once: it is laid over the stored duties until the live query brings back the
// version it saved (or a later one), so the grid and its checks never wait for IndexedDB. A write that
// fails is taken back and said. Every edit that saved — a cell, a suggestion — can be undone: with
// Ctrl+Z (Cmd+Z) while the matrix is open, newest first, or with Undo in the notification that says
// what changed. An undo is refused, and said, when the duty was changed since.

type Holders = Pick<Duty, 'primaryId' | 'backupIds'>;

interface Shown {
  holders: Holders;
  /** The rev the save wrote, once it is known; the stored duty at this rev or later replaces it. */
  rev?: string;
}

export function useMatrixEdits(stored: readonly Duty[], nameOf: (id: string | null) => string | undefined) {
  const { t } = useTranslation();
  const failure = useFailureText();
  const session = useSession();
  const [pending, setPending] = useState<ReadonlyMap<string, Shown>>(new Map());
  // Read when a save ends; a ref, so `set` stays the same function and the grid's rows stay memoised.
  const latestStored = useRef(stored);
  latestStored.current = stored;
  const names = useRef(nameOf);
  names.current = nameOf;

  const duties = useMemo(
    () => stored.map((d) => (pending.has(d.id) ? { ...d, ...(pending.get(d.id) as Shown).holders } : d)),
    [stored, pending],
  );
  const current = useRef(new Map<string, Duty>());
  current.current = new Map(duties.map((d) => [d.id, d]));

  // Drop a shown edit once the stored duty has caught up with it.
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

  /** Show holders at once; the returned callbacks settle them when the write has saved or failed. */
  const show = useCallback((changes: readonly { dutyId: string; holders: Holders }[]) => {
    const shown = changes.map((c) => [c.dutyId, { holders: c.holders } as Shown] as const);
    for (const [id, edit] of shown) {
      const duty = current.current.get(id);
      if (duty) current.current.set(id, { ...duty, ...edit.holders });
    }
    setPending((edits) => new Map([...edits, ...shown]));
    const drop = (dropped: readonly (readonly [string, Shown])[]) =>
      setPending((edits) => {
        // A later edit of the same duty took over: it stays.
        const mine = dropped.filter(([id, edit]) => edits.get(id) === edit);
        if (mine.length === 0) return edits;
        const next = new Map(edits);
        for (const [id] of mine) next.delete(id);
        return next;
      });
    return {
      saved(saved: readonly Duty[]) {
        // Noted on the edit itself (no render): the live query's version at this rev or later drops it.
        const caughtUp = shown.filter(([id, edit]) => {
          edit.rev = saved.find((d) => d.id === id)?.rev;
          const live = latestStored.current.find((d) => d.id === id);
          return edit.rev === undefined || (live !== undefined && live.rev >= edit.rev);
        });
        drop(caughtUp);
      },
      failed: () => drop(shown),
    };
  }, []);

  const history = useUndoHistory({
    undo: async (undos: readonly DutyUndo[]) => {
      const view = show(undos);
      try {
        const saved = await undoDutyEdits(session, undos);
        view.saved(saved);
        return saved;
      } catch (error) {
        view.failed();
        throw error;
      }
    },
    undone: (undos) => {
      const duty = current.current.get(undos[0]?.dutyId ?? '')?.name ?? '';
      notifySaved(
        t(undos.length === 1 ? 'teamArea.undo.done' : 'teamArea.undo.doneMany', {
          count: undos.length,
          duty,
        }),
      );
    },
    refused: (undos, error) => {
      const duty = current.current.get(undos[0]?.dutyId ?? '')?.name ?? '';
      // A change made since is the expected refusal: said in the matrix's words, not the forms'.
      const changed = error instanceof Refusal && error.code === 'record.changed';
      const reason = changed ? t('teamArea.undo.changedSince') : failure(error);
      const key = undos.length === 1 ? 'teamArea.undo.failed' : 'teamArea.undo.failedMany';
      notifyFailed(t(key, { count: undos.length, duty, reason }));
    },
  });

  // The notification of the latest edit only: a run of clicks does not pile up notices (the earlier
  // edits stay undoable with Ctrl+Z).
  const lastNotice = useRef<(() => void) | null>(null);

  /** Keep a saving edit for undo, and once it has saved say what it did, with Undo. */
  const remember = useCallback(
    (saving: Promise<DutyUndo[] | null>, message: string) => {
      const entry: Undoable = history.push(saving);
      void saving.then((undos) => {
        if (!undos || !history.has(entry)) return;
        lastNotice.current?.();
        const hide = notifyUndo({
          key: 'matrix',
          message,
          undoLabel: t('teamArea.undo.button'),
          undo: () => history.undo(entry),
        });
        lastNotice.current = hide;
        history.notice(entry, hide);
      });
    },
    [history, t],
  );

  const set = useCallback(
    (dutyId: string, staffId: string, role: CellRole) => {
      const base = current.current.get(dutyId);
      if (!base) return;
      const holders = withCell(base, staffId, role);
      // P on a primary, Delete on an empty cell: nothing to show or save.
      if (sameHolders(holders, base)) return;
      const view = show([{ dutyId, holders }]);
      // A new primary over an old one says where the old one went: to the backups.
      const demoted = demotedBy(base, holders);
      const message = t(demoted ? 'teamArea.undo.primaryOver' : `teamArea.undo.${role}`, {
        person: names.current(staffId) ?? '',
        old: demoted ? names.current(demoted) : '',
        duty: base.name,
      });
      const saving = setCell(session, dutyId, staffId, role).then(
        ({ saved, undo }) => {
          view.saved([saved]);
          return undo ? [undo] : null;
        },
        (error: unknown) => {
          view.failed();
          notifyFailed(t('teamArea.saveFailed', { reason: failure(error) }));
          return null;
        },
      );
      remember(saving, message);
    },
    [session, t, failure, show, remember],
  );

  /** Apply a suggestion; rejects (nothing saved) when it is refused, so the caller can say so. */
  const applySuggestion = useCallback(
    async (changes: readonly DutyChange[]) => {
      const undos = await applyDutyChanges(session, changes);
      remember(Promise.resolve(undos), t('teamArea.suggest.applied', { count: undos.length }));
    },
    [session, t, remember],
  );

  useHotkeys([['mod+Z', () => history.undo()]]);

  return { duties, set, applySuggestion };
}
