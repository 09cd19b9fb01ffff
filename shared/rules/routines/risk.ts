import type { Incident, IncidentStatus, Risk, RiskStatus } from '../../schema/risk';
import { addDays } from '../local-date';

// The risk register's rules, pure: a risk's score and level, the likelihood × impact heat map, the flags
// (review date passed, repeated incidents) and an incident's time to resolve and complaint flow.
//
// Choices, stated once:
// - A risk is *open* until it is closed: "mitigated" risks are still in the register, still reviewed and
//   still counted (in the heat map, on the dashboard, in the flags).
// - Levels by score (likelihood × impact, 1–25): low ≤ 4, medium 5–9, high 10–15, critical 16–25 — so a
//   risk that is both likely and severe (4 × 4 and up) is critical, and anything rated 1 on either scale
//   is at most medium.
// - Repeated incidents: at least REPEAT_THRESHOLD incidents linked to the risk dated in the last
//   REPEAT_WINDOW_DAYS days (today and the 89 days before it; incidents dated after today do not count).

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export const riskLevels: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export const REPEAT_WINDOW_DAYS = 90;
export const REPEAT_THRESHOLD = 2;

/** Likelihood × impact, each 1–5: 1–25. */
export const riskScore = (risk: Pick<Risk, 'likelihood' | 'impact'>): number => risk.likelihood * risk.impact;

export function riskLevel(score: number): RiskLevel {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'critical';
}

export const isOpenRisk = (risk: { status: RiskStatus; deleted?: boolean }) =>
  risk.status !== 'closed' && risk.deleted !== true;

/** A cell of the heat map: how many open risks have this likelihood and impact. */
export interface HeatCell {
  likelihood: number;
  impact: number;
  count: number;
  score: number;
  level: RiskLevel;
}

/**
 * The 5 × 5 heat map of the open risks: rows by likelihood from 5 (top) down to 1, columns by impact from
 * 1 to 5, as a risk matrix is read (the top-right corner is the worst).
 */
export function heatMap(
  risks: readonly Pick<Risk, 'likelihood' | 'impact' | 'status' | 'deleted'>[],
): HeatCell[][] {
  const counts = new Map<string, number>();
  for (const r of risks)
    if (isOpenRisk(r))
      counts.set(`${r.likelihood}:${r.impact}`, (counts.get(`${r.likelihood}:${r.impact}`) ?? 0) + 1);
  return [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => {
      const score = likelihood * impact;
      return {
        likelihood,
        impact,
        count: counts.get(`${likelihood}:${impact}`) ?? 0,
        score,
        level: riskLevel(score),
      };
    }),
  );
}

/** The first day of the repeated-incidents window that ends today. */
export const repeatWindowStart = (today: string) => addDays(today, -(REPEAT_WINDOW_DAYS - 1));

/** How many of these incidents (any risk's) count toward `riskId`'s repeats as of today. */
export function recentIncidents(
  incidents: readonly Pick<Incident, 'riskId' | 'date' | 'deleted'>[],
  riskId: string,
  today: string,
): number {
  const from = repeatWindowStart(today);
  return incidents.filter((i) => i.riskId === riskId && !i.deleted && i.date >= from && i.date <= today)
    .length;
}

export interface RiskFlags {
  /** Open, and its review date is before today. */
  reviewOverdue: boolean;
  /** Incidents linked to it in the last REPEAT_WINDOW_DAYS days. */
  recentIncidents: number;
  /** At least REPEAT_THRESHOLD of them. */
  repeated: boolean;
}

export function riskFlags(
  risk: Pick<Risk, 'id' | 'status' | 'reviewOn' | 'deleted'>,
  incidents: readonly Pick<Incident, 'riskId' | 'date' | 'deleted'>[],
  today: string,
): RiskFlags {
  const open = isOpenRisk(risk);
  const recent = recentIncidents(incidents, risk.id, today);
  return {
    reviewOverdue: open && risk.reviewOn < today,
    recentIncidents: recent,
    repeated: open && recent >= REPEAT_THRESHOLD,
  };
}

export const isFlagged = (flags: RiskFlags) => flags.reviewOverdue || flags.repeated;

/** Calendar days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Days from the incident to its resolution (0: resolved the same day); null while unresolved. */
export const daysToResolve = (incident: Pick<Incident, 'date' | 'resolvedOn'>): number | null =>
  incident.resolvedOn === null ? null : daysBetween(incident.date, incident.resolvedOn);

/** The complaint flow's next step: received → investigating → resolved → closed; null once closed. */
export function nextIncidentStatus(status: IncidentStatus): IncidentStatus | null {
  switch (status) {
    case 'received':
      return 'investigating';
    case 'investigating':
      return 'resolved';
    case 'resolved':
      return 'closed';
    case 'closed':
      return null;
  }
}

/** A complaint is the incident of the customer-complaint category: closing it takes the customer's satisfaction. */
export const isComplaint = (incident: Pick<Incident, 'category'>) =>
  incident.category === 'customer_complaint';

/** Open risks, worst first: highest score, then the earliest review date, then by title. */
export function byConcern<T extends Pick<Risk, 'likelihood' | 'impact' | 'reviewOn' | 'title' | 'status'>>(
  a: T,
  b: T,
): number {
  const open = Number(b.status !== 'closed') - Number(a.status !== 'closed');
  if (open !== 0) return open;
  const score = riskScore(b) - riskScore(a);
  if (score !== 0) return score;
  if (a.reviewOn !== b.reviewOn) return a.reviewOn < b.reviewOn ? -1 : 1;
  return a.title.localeCompare(b.title);
}
