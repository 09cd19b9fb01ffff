import { generateOffice, generateOrders, type OrderBatch, type SampleLanguage } from '../../../shared/sample';

export const asOf = new Date('2026-11-28T15:00:00+08:00');

/** A whole generated office with its orders and events collected (small enough for a test). */
export function sampleOffice(
  seed: number,
  count = 2_000,
  language: SampleLanguage = 'zh-CN',
  batchSize = 700,
) {
  const office = generateOffice({ seed, language, asOf });
  const batches: OrderBatch[] = [...generateOrders(office, { seed, count, asOf, prefix: 'S1', batchSize })];
  return {
    office,
    batches,
    orders: batches.flatMap((b) => b.orders),
    events: batches.flatMap((b) => b.events),
  };
}
