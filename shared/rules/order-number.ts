// Order numbers are unique across machines without coordination: each machine has its own prefix
// (chosen at first run), and a daily sequence kept on that machine. `A-20261128-0042`.

import { localIsoDate } from './local-date';

export const prefixPattern = /^[A-Z0-9]{1,6}$/;

export function orderDateKey(date: Date): string {
  return localIsoDate(date).replaceAll('-', '');
}

export function formatOrderNumber(prefix: string, date: Date, sequence: number): string {
  if (!prefixPattern.test(prefix)) throw new Error(`Order prefix must be 1–6 letters or digits: ${prefix}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new Error(`Bad sequence ${sequence}`);
  return `${prefix}-${orderDateKey(date)}-${String(sequence).padStart(4, '0')}`;
}

export function orderNumberPrefix(orderNumber: string): string {
  return orderNumber.split('-', 1)[0] ?? '';
}
