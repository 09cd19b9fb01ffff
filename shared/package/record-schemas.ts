import type { z } from 'zod';
import { orderQueueKeysSchema, orderSchema } from '../schema/order';
import { type TableName, tableSchemas } from '../schema/tables';

// What a record in a package must be: its table's schema without the keys derived on every write (the
// queue's index keys on orders). Those are never trusted from a file (shared/rules/queue-keys.ts): a
// writer may leave them out, and when present zod drops them like any key the schema does not name.

const derivedOrderKeys = Object.fromEntries(
  Object.keys(orderQueueKeysSchema.shape).map((key) => [key, true as const]),
) as { [K in keyof typeof orderQueueKeysSchema.shape]: true };

export const packageRecordSchemas = {
  ...tableSchemas,
  orders: orderSchema.omit(derivedOrderKeys),
} as const satisfies Record<TableName, z.ZodType>;

export type PackageRecordOf<T extends TableName> = z.infer<(typeof packageRecordSchemas)[T]>;
