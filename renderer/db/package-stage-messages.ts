// What the export's main thread and its package worker (package-worker.ts) say to each other.

export type ToWorker =
  | { kind: 'start'; headerLine: Uint8Array }
  | { kind: 'lines'; text: string }
  | { kind: 'digest' }
  | { kind: 'finish'; text: string };

export type FromWorker =
  | { kind: 'ready' }
  /** One `lines` message has been hashed and taken in by gzip. */
  | { kind: 'taken' }
  | { kind: 'out'; bytes: Uint8Array }
  | { kind: 'digest'; hex: string }
  | { kind: 'done' }
  | { kind: 'error'; message: string };
