import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type MilestoneView, milestoneViews } from '../../../shared/rules/milestone-keys';
import { type Order, type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import { useSession } from '../../app/session-context';
import { type QueueSort, type QueueView, queueCount, queuePage } from '../../db/order-queries';
import { searchOrders } from '../../db/order-search';

export type ViewChoice =
  | 'open'
  | 'mine'
  | 'unassigned'
  | 'overdue'
  | 'dueToday'
  | 'onHold'
  | 'status'
  | 'all'
  | 'milestone';

/** A dashboard period figure's orders: those whose milestone fell between two local days (ISO dates). */
export interface PeriodChoice {
  milestone: MilestoneView;
  from: string;
  to: string;
  /** Completions of one person only (the dashboard's per-person column). */
  assigneeId?: string;
}

/** Views in their own order (milestone time, order number): the sort choice does not apply to them. */
export const ownOrderViews: readonly ViewChoice[] = ['all', 'milestone'];

export interface QueueChoice {
  view: ViewChoice;
  assigneeId: string | null;
  status: OrderStatus;
  sort: QueueSort;
  descending: boolean;
  /** With the `mine` view: only that person's overdue orders. */
  overdueOnly: boolean;
  /** Only for the `milestone` view (reached from the dashboard). */
  period: PeriodChoice | null;
}

export const initialChoice: QueueChoice = {
  view: 'open',
  assigneeId: null,
  status: 'submitted',
  sort: 'due',
  descending: false,
  overdueOnly: false,
  period: null,
};

export function toView(choice: QueueChoice): QueueView | null {
  switch (choice.view) {
    case 'open':
      return { kind: 'open' };
    case 'mine':
      if (!choice.assigneeId) return null;
      return choice.overdueOnly
        ? { kind: 'assigneeOverdue', assigneeId: choice.assigneeId }
        : { kind: 'assignee', assigneeId: choice.assigneeId };
    case 'unassigned':
      return { kind: 'unassigned' };
    case 'overdue':
      return { kind: 'overdue' };
    case 'dueToday':
      return { kind: 'dueToday' };
    case 'onHold':
      return { kind: 'status', status: 'on_hold' };
    case 'status':
      return { kind: 'status', status: choice.status };
    case 'all':
      return { kind: 'all' };
    case 'milestone':
      return choice.period ? { kind: 'milestone', ...choice.period } : null;
  }
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The choice a link into the queue asks for (the dashboard's figures): `overdue`, `dueToday`,
 * `unassigned`, `all`, `person/<staff id>[/overdue]`, `status/<status>`, `<milestone>/<from>/<to>[/<staff id>]`
 * (newest first); anything else opens the queue as it opens by default.
 */
export function choiceFromRoute(detail: readonly string[]): QueueChoice {
  const [view, id, to, person] = detail;
  if (view === 'all') return { ...initialChoice, view };
  if (
    (milestoneViews as readonly string[]).includes(view ?? '') &&
    id &&
    to &&
    isoDay.test(id) &&
    isoDay.test(to)
  )
    return {
      ...initialChoice,
      view: 'milestone',
      descending: true,
      period: {
        milestone: view as MilestoneView,
        from: id,
        to,
        ...(person && view === 'completed' ? { assigneeId: person } : {}),
      },
    };
  if (view === 'overdue' || view === 'dueToday' || view === 'unassigned') return { ...initialChoice, view };
  if (view === 'person' && id)
    return { ...initialChoice, view: 'mine', assigneeId: id, overdueOnly: to === 'overdue' };
  if (view === 'status' && id && (orderStatuses as readonly string[]).includes(id))
    return { ...initialChoice, view: 'status', status: id as OrderStatus };
  return initialChoice;
}

const PAGE = 50;

/**
 * The rows of the queue as the user scrolls: only as many pages as have been scrolled to are held,
 * re-read live when orders change, so memory stays small at a million orders.
 */
export function useQueueRows(
  choice: QueueChoice,
  search: { query: string; customerIds: string[]; productIds: string[] },
) {
  const { db } = useSession();
  const [pages, setPages] = useState(1);
  const [key, setKey] = useState('');
  const view = toView(choice);
  const choiceKey = JSON.stringify([choice, search.query]);
  if (choiceKey !== key) {
    setKey(choiceKey);
    setPages(1);
  }
  const searching = search.query.trim() !== '';
  const found = useLiveQuery<{ rows: Order[]; more: boolean }>(
    async () =>
      searching
        ? searchOrders(db, search.query, search).then(({ orders, more }) => ({ rows: orders, more }))
        : {
            rows: view
              ? await queuePage(db, {
                  view,
                  sort: choice.sort,
                  descending: choice.descending,
                  limit: pages * PAGE,
                })
              : [],
            more: false,
          },
    [db, choiceKey, pages, search.customerIds.join(), search.productIds.join()],
  );
  const rows = found?.rows;
  const total = useLiveQuery(
    () => (searching ? Promise.resolve(rows?.length ?? 0) : view ? queueCount(db, view) : Promise.resolve(0)),
    [db, choiceKey, rows?.length],
  );
  const hasMore = !searching && rows !== undefined && total !== undefined && rows.length < total;
  return {
    rows,
    total,
    hasMore,
    loadMore: () => hasMore && setPages((p) => p + 1),
    searching,
    /** The search shows only the first matches: more orders match. */
    searchCapped: searching && found?.more === true,
  };
}
