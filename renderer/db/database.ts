import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Absence } from '../../shared/schema/absence';
import type { AbsenceDetail, CareRecord, TeamEvent } from '../../shared/schema/care';
import type { CoreValue, Recognition } from '../../shared/schema/culture';
import type { Customer } from '../../shared/schema/customer';
import type { Duty } from '../../shared/schema/duty';
import type { Goal, GoalCheckIn } from '../../shared/schema/goal';
import type { ActionItem, Meeting, MeetingSchedule } from '../../shared/schema/meeting';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';
import type { PdcaCycle } from '../../shared/schema/pdca';
import type { Product } from '../../shared/schema/product';
import type {
  FeedbackRequest,
  FeedbackResponse,
  Review,
  ReviewCycle,
  ReviewTemplate,
  Reward,
} from '../../shared/schema/review';
import type { Incident, Risk } from '../../shared/schema/risk';
import type { SkillChange } from '../../shared/schema/skill-change';
import type { Sop, SopAck, SopVersion } from '../../shared/schema/sop';
import type { Staff } from '../../shared/schema/staff';
import type {
  CareerPlan,
  Course,
  TrainingItem,
  TrainingSession,
  TrainingTemplate,
} from '../../shared/schema/training';
import { type SchemaVersion, schemaVersions } from './schema-versions';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** An incrementally maintained aggregate: how many records and what amount fall under a key. */
export interface StatRow {
  key: string;
  count: number;
  amount: number;
}

/** A version that lost a merge conflict (shared/merge/merge-record.ts), kept on this machine only. */
export interface HistoryRow {
  id: string;
  table: string;
  recordId: string;
  /** When it was set aside (ISO). */
  at: string;
  /** 'conflict': the version that lost a merge; 'repair': a version whose rev could not be kept (rev-repair.ts). */
  reason: 'conflict' | 'repair';
  /** Machine name of the package's writer (for a repair, this machine's). */
  from: string;
  record: unknown;
}

export type SalesDeskDb = Dexie & {
  staff: EntityTable<Staff, 'id'>;
  duties: EntityTable<Duty, 'id'>;
  absences: EntityTable<Absence, 'id'>;
  skillChanges: EntityTable<SkillChange, 'id'>;
  customers: EntityTable<Customer, 'id'>;
  products: EntityTable<Product, 'id'>;
  orders: EntityTable<Order, 'id'>;
  orderEvents: EntityTable<OrderEvent, 'id'>;
  goals: EntityTable<Goal, 'id'>;
  goalCheckIns: EntityTable<GoalCheckIn, 'id'>;
  courses: EntityTable<Course, 'id'>;
  trainingTemplates: EntityTable<TrainingTemplate, 'id'>;
  trainingItems: EntityTable<TrainingItem, 'id'>;
  trainingSessions: EntityTable<TrainingSession, 'id'>;
  careerPlans: EntityTable<CareerPlan, 'id'>;
  reviewTemplates: EntityTable<ReviewTemplate, 'id'>;
  reviewCycles: EntityTable<ReviewCycle, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  feedbackRequests: EntityTable<FeedbackRequest, 'id'>;
  feedbackResponses: EntityTable<FeedbackResponse, 'id'>;
  rewards: EntityTable<Reward, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  meetingSchedules: EntityTable<MeetingSchedule, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
  risks: EntityTable<Risk, 'id'>;
  incidents: EntityTable<Incident, 'id'>;
  pdcaCycles: EntityTable<PdcaCycle, 'id'>;
  sops: EntityTable<Sop, 'id'>;
  sopVersions: EntityTable<SopVersion, 'id'>;
  sopAcks: EntityTable<SopAck, 'id'>;
  teamEvents: EntityTable<TeamEvent, 'id'>;
  coreValues: EntityTable<CoreValue, 'id'>;
  recognitions: EntityTable<Recognition, 'id'>;
  careRecords: EntityTable<CareRecord, 'id'>;
  absenceDetails: EntityTable<AbsenceDetail, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  stats: EntityTable<StatRow, 'key'>;
  history: EntityTable<HistoryRow, 'id'>;
};

export const DB_NAME = 'salesdesk';

/**
 * Open (lazily) the database with the given versions; tests pass a prefix of the list to seed old schemas,
 * the benchmark an in-memory IndexedDB (`options.indexedDB`) to compute records without touching the disk.
 */
export function createDatabase(
  name = DB_NAME,
  versions: readonly SchemaVersion[] = schemaVersions,
  options?: DexieOptions,
): SalesDeskDb {
  const db = new Dexie(name, options) as SalesDeskDb;
  for (const entry of versions) {
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
  return db;
}

/** The Dexie version of the database on disk; 0 when there is none. */
export async function versionOnDisk(name: string): Promise<number> {
  const info = (await globalThis.indexedDB?.databases?.())?.find((d) => d.name === name);
  // Dexie keeps IndexedDB's version at ten times its own (room for its internal steps).
  return info?.version ? info.version / 10 : 0;
}
