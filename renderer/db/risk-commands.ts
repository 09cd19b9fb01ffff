import { Refusal } from '../../shared/refusal';
import { isComplaint, nextIncidentStatus } from '../../shared/rules/routines/risk';
import { type Incident, type IncidentInput, incidentFields, type RiskInput } from '../../shared/schema/risk';
import { validate } from '../../shared/validation';
import type { Editing } from './repository';
import type { DataSession } from './session';

// What the risk register and the incidents write. An incident is saved in one transaction with the
// checks that span records: the orders, customers, staff and risk it links must exist, the customers of
// its orders are linked with it, and a complaint is closed only with the customer's satisfaction. Each
// command is refused as a whole or done as a whole.

/** A new risk, or the one edited from the version the form showed. */
export const saveRisk = (session: DataSession, input: RiskInput, editing?: Editing) =>
  session.repos.risks.save(input, editing);

export const removeRisk = (session: DataSession, id: string) => session.repos.risks.remove(id);
export const restoreRisk = (session: DataSession, id: string) => session.repos.risks.restore(id);

/** Rules of an incident as a whole, beyond its schema. */
function incidentProblem(incident: Pick<Incident, 'status' | 'category' | 'resolvedOn' | 'satisfaction'>) {
  const done = incident.status === 'resolved' || incident.status === 'closed';
  if (done && incident.resolvedOn === null)
    return new Refusal('field.required', 'resolvedOn', {}, 'incidents');
  if (incident.status === 'closed' && isComplaint(incident) && incident.satisfaction === null)
    return new Refusal('incident.satisfactionRequired', 'satisfaction', {}, 'incidents');
  return null;
}

/**
 * Save an incident (new, or edited from the version shown): its linked records checked by key, the
 * customers of its linked orders added to its customers.
 */
export async function saveIncident(session: DataSession, input: IncidentInput, editing?: Editing) {
  const { db, repos } = session;
  const data = validate('incidents', incidentFields, input);
  return db.transaction('rw', [db.incidents, db.orders, db.customers, db.staff, db.risks], async () => {
    const [orders, customers, staff, risk] = await Promise.all([
      db.orders.bulkGet(data.orderIds),
      db.customers.bulkGet(data.customerIds),
      db.staff.bulkGet(data.staffIds),
      data.riskId ? db.risks.get(data.riskId) : Promise.resolve(null),
    ]);
    const gone = (rows: readonly ({ deleted: boolean } | undefined)[]) => rows.some((r) => !r || r.deleted);
    // A removed order or customer still names what happened to it: only one that never existed is refused.
    if (orders.some((o) => !o)) throw new Refusal('record.gone', 'orderIds', {}, 'incidents');
    if (customers.some((c) => !c)) throw new Refusal('record.gone', 'customerIds', {}, 'incidents');
    if (staff.some((s) => !s)) throw new Refusal('record.gone', 'staffIds', {}, 'incidents');
    if (data.riskId && gone([risk ?? undefined])) throw new Refusal('record.gone', 'riskId', {}, 'incidents');
    const customerIds = [
      ...new Set([...data.customerIds, ...orders.flatMap((o) => (o ? [o.customerId] : []))]),
    ];
    const complete = { ...data, customerIds };
    const problem = incidentProblem(complete);
    if (problem) throw problem;
    return repos.incidents.save(complete, editing);
  });
}

/**
 * Move an incident one step on: received → investigating → resolved (resolved today unless a day was
 * set) → closed (a complaint with the customer's satisfaction, 1–5). A closed incident goes no further.
 */
export async function advanceIncident(
  session: DataSession,
  id: string,
  options: { today: string; satisfaction?: number | null; rev?: string },
) {
  const { db, repos } = session;
  return db.transaction('rw', [db.incidents], async () => {
    const incident = await db.incidents.get(id);
    if (!incident || incident.deleted) throw new Refusal('record.gone', 'id', {}, 'incidents');
    if (options.rev !== undefined && incident.rev !== options.rev)
      throw new Refusal('record.changed', 'id', {}, 'incidents');
    const next = nextIncidentStatus(incident.status);
    if (next === null) throw new Refusal('incident.stepNotAllowed', 'status', {}, 'incidents');
    const patch: Partial<IncidentInput> = { status: next };
    if (next === 'resolved' && incident.resolvedOn === null) patch.resolvedOn = options.today;
    if (next === 'closed' && isComplaint(incident)) patch.satisfaction = options.satisfaction ?? null;
    const problem = incidentProblem({ ...incident, ...patch } as Incident);
    if (problem) throw problem;
    return repos.incidents.update(id, patch);
  });
}

export const removeIncident = (session: DataSession, id: string) => session.repos.incidents.remove(id);
export const restoreIncident = (session: DataSession, id: string) => session.repos.incidents.restore(id);
