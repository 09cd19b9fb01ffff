import type { TFunction } from 'i18next';
import { type SlaState, slaStatus } from '../../../shared/rules/sla';
import type { WorkCalendar } from '../../../shared/rules/working-time';
import type { Order } from '../../../shared/schema/order';

export function formatWorkingMinutes(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  return h > 0 ? t('ordersArea.duration.hm', { h, m: m % 60 }) : t('ordersArea.duration.m', { m });
}

/** What the SLA column says for an order now: time left in working hours, overdue, or nothing. */
export function slaLabel(
  t: TFunction,
  order: Pick<Order, 'dueAt' | 'open'>,
  now: Date,
  calendar: WorkCalendar | undefined,
): { text: string; state: SlaState | null } {
  if (!order.dueAt || !order.open) return { text: t('ordersArea.sla.none'), state: null };
  const { state, workingMinutesLeft } = slaStatus(new Date(order.dueAt), now, calendar);
  if (state === 'overdue') return { text: t('ordersArea.sla.overdue'), state };
  return { text: t('ordersArea.sla.left', { time: formatWorkingMinutes(t, workingMinutesLeft) }), state };
}

export const slaColor: Record<SlaState, string> = { on_track: 'green', due_soon: 'orange', overdue: 'red' };
