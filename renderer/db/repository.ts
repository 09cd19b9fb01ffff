import type { Table } from 'dexie';
import type { z } from 'zod';
import type { Clock } from '../../shared/hlc';
import { nextVersion } from '../../shared/merge/stamp';
import { Refusal } from '../../shared/refusal';
import { type AggregateDeltas, movedStat } from '../../shared/rules/order-aggregates';
import type { Envelope } from '../../shared/schema/envelope';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';
import { newRecordId } from './record-id';

/** What every repository needs to stamp a record: the machine, its clock and the time. */
export interface RepoContext {
  db: SalesDeskDb;
  deviceId: string;
  clock: Clock;
  now: () => Date;
}

type Aggregator<R> = (deltas: AggregateDeltas, before: R | null, after: R | null) => void;

/** The record an editor changes, as it showed it: a save over a version changed since is refused. */
export interface Editing {
  id: string;
  rev: string;
}

/** How an editor saves: from the version it showed, so an edit made meanwhile elsewhere is not overwritten. */
export interface UpdateOptions {
  /** The rev the change was made from; another stored rev refuses the update ('record.changed'). */
  fromRev?: string;
}

/**
 * The only writer of a synced table. It validates the user's fields with the entity's zod schema,
 * stamps the envelope (id, times, rev from the clock, baseRev, device, deleted) and, where the table
 * feeds dashboards, applies aggregate deltas in the same transaction.
 */
export function createRepository<F extends z.ZodObject, R extends Envelope & z.infer<F>>(
  ctx: RepoContext,
  tableName: string,
  fields: F,
  options: {
    /** Turns a write into aggregate deltas, applied to `stats` in the same transaction. */
    aggregate?: Aggregator<R>;
    /** Recomputes derived keys (e.g. the queue's index keys) on every stamped version. */
    derive?: (record: R) => R;
    /**
     * Moves what a write on this machine records about the record's history (an order's milestones) from
     * the version before (null for a new record) to the one stamped at `at`. Versions from a package are
     * written as they come: the machine that stamped them did this.
     */
    evolve?: (before: R | null, next: R, at: string) => R;
  } = {},
) {
  const { aggregate } = options;
  const derive = options.derive ?? ((record: R) => record);
  const evolve = options.evolve ?? ((_before: R | null, next: R) => next);
  const table = () => (ctx.db as unknown as Record<string, Table<R, string>>)[tableName] as Table<R, string>;
  const tables = () => (aggregate ? [table(), ctx.db.stats] : [table()]);

  /** `id` may be given by generators and importers that must keep references between records. */
  function stampNew(input: z.input<F>, id: string = newRecordId()): R {
    const data = validate(tableName, fields, input);
    const at = ctx.now().toISOString();
    const record = {
      ...data,
      id,
      createdAt: at,
      updatedAt: at,
      rev: ctx.clock.next(),
      baseRev: null,
      deviceId: ctx.deviceId,
      deleted: false,
    } as R;
    return derive(evolve(null, record, at));
  }

  /** The next version of a record, stamped by the rule merging relies on (shared/merge/stamp.ts). */
  function stampChange(existing: R, data: Partial<R>): R {
    const at = ctx.now().toISOString();
    return derive(
      evolve(existing, nextVersion(existing, data, { clock: ctx.clock, deviceId: ctx.deviceId, at }), at),
    );
  }

  async function applyDeltas(pairs: [R | null, R | null][]) {
    if (!aggregate) return;
    const deltas: AggregateDeltas = new Map();
    for (const [before, after] of pairs) aggregate(deltas, before, after);
    await addDeltas(deltas);
  }

  async function addDeltas(deltas: AggregateDeltas) {
    if (deltas.size === 0) return;
    const keys = [...deltas.keys()];
    const rows = await ctx.db.stats.bulkGet(keys);
    await ctx.db.stats.bulkPut(
      keys.map((key, i) => movedStat(rows[i], key, deltas.get(key) as { count: number; amount: number })),
    );
  }

  async function write(id: string, change: (existing: R) => R, options: UpdateOptions = {}): Promise<R> {
    return ctx.db.transaction('rw', tables(), async () => {
      const existing = await table().get(id);
      if (!existing) throw new Refusal('record.gone', 'id', {}, tableName);
      if (options.fromRev !== undefined) {
        // An editor's save: the record it showed must still be there, as it showed it.
        if (existing.deleted) throw new Refusal('record.gone', 'id', {}, tableName);
        if (existing.rev !== options.fromRev) throw new Refusal('record.changed', 'id', {}, tableName);
      }
      const next = change(existing);
      await table().put(next);
      await applyDeltas([[existing, next]]);
      return next;
    });
  }

  return {
    tableName,
    get: (id: string) => table().get(id),

    /** Validate and stamp without writing: for callers that compose several writes in one transaction. */
    stampNew,

    async create(input: z.input<F>): Promise<R> {
      const record = stampNew(input);
      await ctx.db.transaction('rw', tables(), async () => {
        await table().add(record);
        await applyDeltas([[null, record]]);
      });
      return record;
    },

    /** Many new records in one transaction: all are validated first, so a bad one writes nothing. */
    async bulkCreate(inputs: readonly z.input<F>[]): Promise<R[]> {
      const records = inputs.map((input) => stampNew(input));
      await this.bulkInsertStamped(records);
      return records;
    },

    /** Insert records already stamped by `stampNew` (e.g. built in a worker or a generator). */
    async bulkInsertStamped(records: readonly R[]): Promise<void> {
      await ctx.db.transaction('rw', tables(), async () => {
        await table().bulkAdd(records as R[]);
        await applyDeltas(records.map((r) => [null, r]));
      });
    },

    /**
     * For big imports, inside the caller's transaction (which must include `stats`): `add` starts writing
     * stamped records and returns at once, so the caller can prepare the next ones while IndexedDB works;
     * their aggregate deltas are summed in memory and written once by `flush`, after the last add.
     */
    bulkWriter() {
      const deltas: AggregateDeltas = new Map();
      return {
        add(records: readonly R[]): Promise<unknown> {
          if (aggregate) for (const record of records) aggregate(deltas, null, record);
          return table().bulkAdd(records as R[]);
        },
        /** Changed versions (from stampChanges) written the same way: aggregates summed until flush. */
        change(pairs: readonly [before: R, after: R][]): Promise<unknown> {
          if (pairs.length === 0) return Promise.resolve();
          if (aggregate) for (const [before, after] of pairs) aggregate(deltas, before, after);
          return table().bulkPut(pairs.map(([, after]) => after));
        },
        flush: () => addDeltas(deltas),
      };
    },

    /**
     * Versions stamped elsewhere (a merged package): written as they are — envelope untouched, derived
     * keys recomputed, aggregates moved from each `before` to its `after` — inside the caller's transaction.
     */
    async putVersions(pairs: readonly (readonly [before: R | null, after: R])[]): Promise<void> {
      if (pairs.length === 0) return;
      const written = pairs.map(([before, after]) => [before, derive(after)] as [R | null, R]);
      await table().bulkPut(written.map(([, after]) => after));
      await applyDeltas(written);
    },

    /**
     * Many records changed at once, in two steps so a caller can stamp the next batch while the last one
     * is written: `stampChanges` stamps each from the stored version given (its patch validated, when
     * there is one); `putChanges` writes them in one bulkPut and moves their aggregates in one step,
     * inside the caller's transaction (which must include `stats`). A revert or a re-import of 100,000
     * records would otherwise pay a get, a put and a stats write per record.
     */
    stampChanges(
      changes: readonly { existing: R; patch?: Partial<z.input<F>>; deleted: boolean }[],
    ): [before: R, after: R][] {
      return changes.map(({ existing, patch, deleted }) => {
        const data = patch ? (validate(tableName, fields, { ...existing, ...patch }) as Partial<R>) : {};
        return [existing, stampChange(existing, { ...data, deleted } as Partial<R>)];
      });
    },

    async putChanges(pairs: readonly [before: R, after: R][]): Promise<void> {
      if (pairs.length === 0) return;
      await table().bulkPut(pairs.map(([, after]) => after));
      await applyDeltas(pairs as [R, R][]);
    },

    /** Soft delete of many stored records in one write, inside the caller's transaction. */
    async bulkRemove(records: readonly R[]): Promise<void> {
      await this.putChanges(this.stampChanges(records.map((existing) => ({ existing, deleted: true }))));
    },

    /**
     * Hard delete of many stored records, inside the caller's transaction (which must include `stats`): only
     * for records no package can hold (export-mark.ts), since no tombstone is left to tell other machines.
     */
    async bulkPurge(records: readonly R[]): Promise<void> {
      if (records.length === 0) return;
      await table().bulkDelete(records.map((record) => record.id));
      await applyDeltas(records.map((record) => [record, null]));
    },

    async update(id: string, patch: Partial<z.input<F>>, options: UpdateOptions = {}): Promise<R> {
      return write(
        id,
        (existing) => {
          const merged = validate(tableName, fields, { ...existing, ...patch }) as z.infer<F>;
          return stampChange(existing, merged as Partial<R>);
        },
        options,
      );
    },

    /** An editor's save: a new record, or the one it edits from the version it showed. */
    save(input: z.input<F>, editing?: Editing): Promise<R> {
      return editing ? this.update(editing.id, input, { fromRev: editing.rev }) : this.create(input);
    },

    /** Soft delete: the tombstone travels to other machines; `restore` brings it back. */
    remove: (id: string) => write(id, (existing) => stampChange(existing, { deleted: true } as Partial<R>)),
    restore: (id: string) => write(id, (existing) => stampChange(existing, { deleted: false } as Partial<R>)),
  };
}

export type Repository<F extends z.ZodObject, R extends Envelope & z.infer<F>> = ReturnType<
  typeof createRepository<F, R>
>;
