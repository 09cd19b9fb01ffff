import {
  byConcern,
  type HeatCell,
  heatMap,
  isFlagged,
  type RiskFlags,
  type RiskLevel,
  repeatWindowStart,
  riskFlags,
  riskLevel,
  riskScore,
} from '../../shared/rules/routines/risk';
import type { Customer } from '../../shared/schema/customer';
import type { Order } from '../../shared/schema/order';
import type { Incident, Risk } from '../../shared/schema/risk';
import type { SalesDeskDb } from './database';
import { loadCustomersById, loadStaffById } from './lookup-queries';

// What the risk register and the incidents read. The register is small (a few dozen risks), so it is
// read whole; incidents are read per risk through their riskId index, only those in the repeat window;
// linked orders and customers are read by key, never by scanning the orders.

export interface RiskRow {
  risk: Risk;
  score: number;
  level: RiskLevel;
  flags: RiskFlags;
  flagged: boolean;
  ownerName: string;
}

/** The incidents linked to these risks dated in the repeat window ending today (by the riskId index). */
export async function recentIncidentsOf(db: SalesDeskDb, riskIds: readonly string[], today: string) {
  if (riskIds.length === 0) return [];
  const from = repeatWindowStart(today);
  return db.incidents
    .where('riskId')
    .anyOf([...riskIds])
    .filter((i) => !i.deleted && i.date >= from && i.date <= today)
    .toArray();
}

/** Every risk not removed, worst first, with its score, level, flags and owner; and the open risks' heat map. */
export async function loadRiskRegister(
  db: SalesDeskDb,
  today: string,
): Promise<{ rows: RiskRow[]; heat: HeatCell[][] }> {
  const risks = (await db.risks.toArray()).filter((r) => !r.deleted).sort(byConcern);
  const [incidents, owners] = await Promise.all([
    recentIncidentsOf(
      db,
      risks.map((r) => r.id),
      today,
    ),
    loadStaffById(
      db,
      risks.map((r) => r.ownerId),
    ),
  ]);
  const rows = risks.map((risk) => {
    const score = riskScore(risk);
    const flags = riskFlags(risk, incidents, today);
    return {
      risk,
      score,
      level: riskLevel(score),
      flags,
      flagged: isFlagged(flags),
      ownerName: owners.get(risk.ownerId)?.name ?? '',
    };
  });
  return { rows, heat: heatMap(risks) };
}

export type RiskRegister = Awaited<ReturnType<typeof loadRiskRegister>>;

/** Risks an incident can be linked to: every one not removed, by title. */
export async function loadRiskChoices(db: SalesDeskDb): Promise<Pick<Risk, 'id' | 'title' | 'category'>[]> {
  return (await db.risks.toArray())
    .filter((r) => !r.deleted)
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ id, title, category }) => ({ id, title, category }));
}

export interface IncidentRow {
  incident: Incident;
  orders: { id: string; number: string }[];
  customers: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  risk: { id: string; title: string } | null;
}

/** Every incident not removed, newest first, with the names of what it is linked to. */
export async function loadIncidents(db: SalesDeskDb): Promise<IncidentRow[]> {
  const incidents = await db.incidents
    .orderBy('date')
    .reverse()
    .filter((i) => !i.deleted)
    .toArray();
  const orderIds = [...new Set(incidents.flatMap((i) => i.orderIds))];
  const [orders, customers, staff, risks] = await Promise.all([
    db.orders.bulkGet(orderIds),
    loadCustomersById(
      db,
      incidents.flatMap((i) => i.customerIds),
    ),
    loadStaffById(
      db,
      incidents.flatMap((i) => i.staffIds),
    ),
    db.risks.bulkGet([...new Set(incidents.flatMap((i) => (i.riskId ? [i.riskId] : [])))]),
  ]);
  const orderById = new Map(orders.flatMap((o) => (o ? [[o.id, o] as const] : [])));
  const riskById = new Map(risks.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  return incidents.map((incident) => {
    const risk = incident.riskId ? riskById.get(incident.riskId) : undefined;
    return {
      incident,
      orders: incident.orderIds.map((id) => ({ id, number: orderById.get(id)?.number ?? '' })),
      customers: incident.customerIds.map((id) => ({ id, name: customers.get(id)?.name ?? '' })),
      staff: incident.staffIds.map((id) => ({ id, name: staff.get(id)?.name ?? '' })),
      risk: risk ? { id: risk.id, title: risk.title } : null,
    };
  });
}

/** An order by its number (the number index; case and surrounding spaces ignored), with its customer. */
export async function findOrderByNumber(
  db: SalesDeskDb,
  number: string,
): Promise<{ order: Order; customer: Customer | null } | null> {
  const wanted = number.trim();
  if (!wanted) return null;
  const found = await db.orders.where('number').equalsIgnoreCase(wanted).limit(5).toArray();
  const order = found.find((o) => !o.deleted);
  if (!order) return null;
  const customer = (await db.customers.get(order.customerId)) ?? null;
  return { order, customer };
}

/** Orders by id, for an incident's form to show the numbers it links. */
export async function loadOrdersById(db: SalesDeskDb, ids: readonly string[]) {
  const found = await db.orders.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((o) => (o ? [[o.id, o] as const] : [])));
}
