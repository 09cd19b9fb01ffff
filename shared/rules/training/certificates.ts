import { addDays } from '../local-date';
import type { TrainingItemLike } from './types';

// Which certificates people hold and whether they are still good, so a lapse is seen (and renewed) before
// it happens. A renewal is a new completion of the same course: it replaces the old certificate, which is
// then no longer shown as expiring.

/** Days before expiry a certificate counts as expiring (time enough to book a renewal). */
export const RENEWAL_WINDOW_DAYS = 60;

export type CertificateState = 'valid' | 'expiring' | 'expired';

export interface CertificateStatus {
  itemId: string;
  staffId: string;
  courseId: string;
  /** The day it stops being valid (it is still valid that day). */
  expires: string;
  state: CertificateState;
}

/** The state of a certificate expiring on `expires`: expired after that day, expiring from `windowDays` before it. */
export function certificateState(
  expires: string,
  today: string,
  windowDays = RENEWAL_WINDOW_DAYS,
): CertificateState {
  if (expires < today) return 'expired';
  return expires <= addDays(today, windowDays) ? 'expiring' : 'valid';
}

/** Of two completions, the later (by day, then by expiry, then by id so every machine picks the same). */
const later = (a: TrainingItemLike, b: TrainingItemLike) =>
  (a.completedOn ?? '') > (b.completedOn ?? '') ||
  (a.completedOn === b.completedOn &&
    ((a.certificateExpires ?? '') > (b.certificateExpires ?? '') ||
      (a.certificateExpires === b.certificateExpires && a.id > b.id)));

/**
 * Each person's current certificate per course, with its state, soonest expiry first. Only the latest
 * completion of a course counts: when it gave no certificate (the course no longer gives one) the person
 * has none for it, whatever an older completion gave.
 */
export function certificateStates(
  items: readonly TrainingItemLike[],
  today: string,
  windowDays = RENEWAL_WINDOW_DAYS,
): CertificateStatus[] {
  const latest = new Map<string, TrainingItemLike>();
  for (const item of items) {
    // A failed attempt gives no certificate and takes none away: a retake not passed leaves the last one.
    if (item.deleted || item.status !== 'completed' || item.completedOn === null || item.passed === false)
      continue;
    const key = `${item.staffId}\u0000${item.courseId}`;
    const current = latest.get(key);
    if (!current || later(item, current)) latest.set(key, item);
  }
  const out: CertificateStatus[] = [];
  for (const item of latest.values()) {
    if (item.certificateExpires === null) continue;
    out.push({
      itemId: item.id,
      staffId: item.staffId,
      courseId: item.courseId,
      expires: item.certificateExpires,
      state: certificateState(item.certificateExpires, today, windowDays),
    });
  }
  return out.sort((a, b) => a.expires.localeCompare(b.expires) || a.itemId.localeCompare(b.itemId));
}
