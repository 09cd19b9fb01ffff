import { useLiveQuery } from 'dexie-react-hooks';
import type { Order } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';
import { loadAllStaff, loadCustomersById } from '../../db/lookup-queries';
import { loadOfficeSettings } from '../../db/office-settings';

/** Staff (all: the team is small) and the customers of the orders on screen, by id. */
export function useLookups(orders: readonly Order[] | undefined) {
  const { db } = useSession();
  const staff = useLiveQuery(() => loadAllStaff(db), [db]) ?? [];
  const customerIds = [...new Set((orders ?? []).map((o) => o.customerId))];
  const customers = useLiveQuery(() => loadCustomersById(db, customerIds), [db, customerIds.join()]);
  const settings = useLiveQuery(() => loadOfficeSettings(db), [db]);
  return {
    staff: new Map<string, Staff>(staff.map((s) => [s.id, s])),
    activeStaff: staff.filter((s) => !s.deleted && s.status !== 'left'),
    customers: customers ?? new Map(),
    settings,
  };
}
