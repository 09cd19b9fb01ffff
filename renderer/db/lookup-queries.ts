import type { Customer } from '../../shared/schema/customer';
import type { Staff } from '../../shared/schema/staff';
import type { SalesDeskDb } from './database';

// Names for ids: what lists and exports show beside an order (its customer, who has it). Removed records
// are included, so an old order still names whom it was for.

/** Every person ever on the team (the team is small), removed ones too. */
export const loadAllStaff = (db: SalesDeskDb) => db.staff.toArray();

export async function loadCustomersById(
  db: SalesDeskDb,
  ids: Iterable<string>,
): Promise<Map<string, Customer>> {
  const found = await db.customers.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((c) => (c ? [[c.id, c] as const] : [])));
}

export async function loadStaffById(db: SalesDeskDb, ids: Iterable<string>): Promise<Map<string, Staff>> {
  const found = await db.staff.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((s) => (s ? [[s.id, s] as const] : [])));
}

/** Whether the office holds any orders or customers yet (one key read each, never a count of all). */
export async function holdsOrdersOrCustomers(db: SalesDeskDb): Promise<boolean> {
  const [order, customer] = await Promise.all([
    db.orders.limit(1).primaryKeys(),
    db.customers.limit(1).primaryKeys(),
  ]);
  return order.length + customer.length > 0;
}

/** Whether the office is empty: no people and no orders (the sample office may be loaded then). */
export async function isOfficeEmpty(db: SalesDeskDb): Promise<boolean> {
  const [person, order] = await Promise.all([
    db.staff.limit(1).primaryKeys(),
    db.orders.limit(1).primaryKeys(),
  ]);
  return person.length + order.length === 0;
}
