// The sample office: a seeded, deterministic generator of staff, duties, customers, products and orders.
export type { SampleLanguage } from './language';
export { generateOffice, type OfficeOptions, type SampleOffice } from './office';
export { defaultOrderBatchSize, generateOrders, type OrderBatch, type OrdersOptions } from './orders';
export { type ComplaintOrder, generateRoutines, type SampleRoutines } from './routines';
export type { Sample } from './types';
