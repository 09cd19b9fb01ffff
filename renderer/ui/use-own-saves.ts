import { useCallback, useState } from 'react';

/**
 * Records as this view last saved them, until its live query shows that version or a newer one. A
 * second action right after a save (Close the cycle after Act saved, Publish after Save draft, two steps
 * of an incident) then starts from the version just written: sent with the version still on screen —
 * the refresh comes after the click on a busy machine — it was refused as changed meanwhile. A newer
 * version from elsewhere still wins, and still refuses a stale save.
 */
export function useOwnSaves<R extends { id: string; rev: string }>() {
  const [saved, setSaved] = useState<ReadonlyMap<string, R>>(new Map());
  /** `shown`, or this view's own later save of it. */
  const newest = useCallback(
    (shown: R): R => {
      const mine = saved.get(shown.id);
      return mine && mine.rev > shown.rev ? mine : shown;
    },
    [saved],
  );
  /** Keep what a save returned. */
  const keep = useCallback((record: R) => setSaved((before) => new Map(before).set(record.id, record)), []);
  return { newest, keep };
}
