// The data lives in the renderer's IndexedDB, so a backup's bytes are streamed from there: main asks for
// a backup (an event with an id), the renderer sends chunks (`backupChunk`), then `backupEnd` or
// `backupFail`. Each chunk call resolves only once the writer has taken the chunk, so a slow disk slows
// the renderer down instead of piling the whole office up in main's memory.

import { randomUUID } from 'node:crypto';
import type { BackupReason, BackupRequest } from '../../shared/ipc/backups';

export interface RendererStreamOptions {
  /** Sends the request to the renderer; false when there is no window to ask. */
  request: (request: BackupRequest) => boolean;
  /** Gives up when the renderer sends nothing for this long (a closed or stuck window). */
  idleTimeoutMs?: number;
  newId?: () => string;
}

export interface RendererStreams {
  /** The backup service's `produce`. */
  produce(reason: BackupReason): AsyncIterable<Uint8Array>;
  /** IPC `backupChunk`: resolves when the chunk is written; rejects when the backup was given up. */
  chunk(id: string, bytes: Uint8Array): Promise<void>;
  end(id: string): void;
  fail(id: string, message: string): void;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;

type Item = { bytes: Uint8Array; taken: () => void; refused: (error: Error) => void } | 'end' | Error;

class Stream {
  private readonly items: Item[] = [];
  private waiter: ((item: Item) => void) | null = null;

  push(item: Item): void {
    if (this.waiter) {
      const wake = this.waiter;
      this.waiter = null;
      wake(item);
    } else this.items.push(item);
  }

  next(timeoutMs: number): Promise<Item> {
    const ready = this.items.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(new Error(`the window sent no backup data for ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.waiter = (item) => {
        clearTimeout(timer);
        resolve(item);
      };
    });
  }

  /** The writer is gone: every chunk still waiting is refused, so the renderer stops sending. */
  abandon(reason: Error): void {
    for (const item of this.items.splice(0))
      if (typeof item === 'object' && 'bytes' in item) item.refused(reason);
  }
}

export function createRendererStreams(options: RendererStreamOptions): RendererStreams {
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const newId = options.newId ?? randomUUID;
  const streams = new Map<string, Stream>();

  async function* produce(reason: BackupReason): AsyncGenerator<Uint8Array> {
    const id = newId();
    const stream = new Stream();
    streams.set(id, stream);
    let inFlight: Exclude<Item, 'end' | Error> | null = null;
    try {
      if (!options.request({ id, reason })) throw new Error('there is no window to take the backup from');
      for (;;) {
        const item = await stream.next(idleTimeoutMs);
        if (item === 'end') return;
        if (item instanceof Error) throw item;
        inFlight = item;
        yield item.bytes;
        // The writer asked for the next chunk: this one is on its way to disk.
        inFlight = null;
        item.taken();
      }
    } finally {
      streams.delete(id);
      const givenUp = new Error('the backup was given up');
      inFlight?.refused(givenUp);
      stream.abandon(givenUp);
    }
  }

  return {
    produce,
    chunk: (id, bytes) =>
      new Promise<void>((taken, refused) => {
        const stream = streams.get(id);
        if (!stream) refused(new Error('no backup is waiting for this data'));
        else stream.push({ bytes, taken, refused });
      }),
    end: (id) => streams.get(id)?.push('end'),
    fail: (id, message) =>
      streams.get(id)?.push(new Error(`the window could not produce the backup: ${message}`)),
  };
}
