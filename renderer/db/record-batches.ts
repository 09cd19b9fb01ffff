import type { TableName } from '../../shared/schema/tables';

// A package's records handed from its reader to whoever writes them, in batches of one table each, with
// room for only a few batches: the reader waits when the writer falls behind, so memory holds a few
// thousand records whatever the package's size. The writer (an IndexedDB transaction, which cannot await
// anything but its own requests) takes a batch at a time.

export interface RecordBatch<R> {
  table: TableName;
  records: R[];
}

export interface RecordBatches<R> {
  /** One record from the reader; resolves once there is room for more. */
  push(table: TableName, record: R): void | Promise<void>;
  /** The reader has finished: what is left is handed out, then `next` gives null. */
  end(): void;
  /** The reader failed: `next` throws this. */
  fail(error: unknown): void;
  /** The next batch, in the reader's order; null after the last. */
  next(): Promise<RecordBatch<R> | null>;
  /** The writer stopped (it failed or was cancelled): the reader's next push throws this. */
  cancel(error: unknown): void;
}

export function recordBatches<R>(size: number, room = 3): RecordBatches<R> {
  const ready: RecordBatch<R>[] = [];
  let current: RecordBatch<R> | null = null;
  let ended = false;
  let failure: { error: unknown } | null = null;
  let cancelled: { error: unknown } | null = null;
  // One waiter on each side at most: the reader waiting for room, the writer for a batch.
  let wakeReader: (() => void) | null = null;
  let wakeWriter: (() => void) | null = null;
  const wake = (which: 'reader' | 'writer') => {
    const fn = which === 'reader' ? wakeReader : wakeWriter;
    if (which === 'reader') wakeReader = null;
    else wakeWriter = null;
    fn?.();
  };
  const seal = () => {
    if (current && current.records.length > 0) ready.push(current);
    current = null;
    wake('writer');
  };

  return {
    push(table, record) {
      if (cancelled) throw cancelled.error;
      if (current && current.table !== table) seal();
      current ??= { table, records: [] };
      current.records.push(record);
      if (current.records.length < size) return;
      seal();
      if (ready.length < room) return;
      return new Promise<void>((resolve) => {
        wakeReader = resolve;
      }).then(() => {
        if (cancelled) throw cancelled.error;
      });
    },
    end() {
      ended = true;
      seal();
    },
    fail(error) {
      failure ??= { error };
      wake('writer');
    },
    async next() {
      for (;;) {
        if (failure) throw failure.error;
        const batch = ready.shift();
        if (batch) {
          wake('reader');
          return batch;
        }
        if (ended) return null;
        await new Promise<void>((resolve) => {
          wakeWriter = resolve;
        });
      }
    },
    cancel(error) {
      cancelled ??= { error };
      wake('reader');
    },
  };
}
