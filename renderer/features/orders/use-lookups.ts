import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '../../../shared/schema/customer';
import type { Order } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';
import { loadOfficeSettings } from '../../db/office-settings';

/** Staff (all: the team is small) and the customers of the orders on screen, by id. */
export function useLookups(orders: readonly Order[] | undefined) {
  const { db } = useSession();
  const staff = useLiveQuery(() => db.staff.toArray(), [db]) ?? [];
  const customerIds = [...new Set((orders ?? []).map((o) => o.customerId))];
  const customers = useLiveQuery(() => db.customers.bulkGet(customerIds), [db, customerIds.join()]) ?? [];
  const settings = useLiveQuery(() => loadOfficeSettings(db), [db]);
  return {
    staff: new Map<string, Staff>(staff.map((s) => [s.id, s])),
    activeStaff: staff.filter((s) => !s.deleted && s.status !== 'left'),
    customers: new Map<string, Customer>(customers.filter((c): c is Customer => !!c).map((c) => [c.id, c])),
    settings,
  };
}
