import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellRole, withCell } from '../../../../shared/rules/matrix-cell';
import type { Duty } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { setCell } from '../../../db/team-commands';

// A cell edit shows at once: it is laid over the stored duties until the live query brings the saved
// version back, so the grid and its checks never wait for IndexedDB. A write that fails is taken back
// and said.

type Holders = ReturnType<typeof withCell>;

export function useMatrixEdits(stored: readonly Duty[]) {
  const { t } = useTranslation();
  const session = useSession();
  const [pending, setPending] = useState<ReadonlyMap<string, Holders>>(new Map());
  const latest = useRef(new Map<string, Holders>());

  const duties = useMemo(
    () => stored.map((d) => (pending.has(d.id) ? { ...d, ...(pending.get(d.id) as Holders) } : d)),
    [stored, pending],
  );
  const byId = useRef(new Map<string, Holders>());
  byId.current = new Map(duties.map((d) => [d.id, d]));

  // Drop an edit once the stored duty shows it.
  useEffect(() => {
    setPending((current) => {
      if (current.size === 0) return current;
      const next = new Map(current);
      for (const duty of stored) {
        const edit = next.get(duty.id);
        if (edit && edit.primaryId === duty.primaryId && edit.backupIds.join() === duty.backupIds.join())
          next.delete(duty.id);
      }
      return next.size === current.size ? current : next;
    });
  }, [stored]);

  const set = useCallback(
    (dutyId: string, staffId: string, role: CellRole) => {
      const base = byId.current.get(dutyId);
      if (!base) return;
      const edit = withCell(base, staffId, role);
      latest.current.set(dutyId, edit);
      byId.current.set(dutyId, edit);
      setPending((current) => new Map(current).set(dutyId, edit));
      setCell(session, dutyId, staffId, role).catch((error: unknown) => {
        setPending((current) => {
          const next = new Map(current);
          next.delete(dutyId);
          return next;
        });
        notifications.show({ color: 'red', message: t('teamArea.saveFailed', { reason: String(error) }) });
      });
    },
    [session, t],
  );

  return { duties, set };
}
