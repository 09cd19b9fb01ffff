import { type ContentStageFactory, createInlineStage } from '../../shared/package/content-stage';
import type { FromWorker, ToWorker } from './package-stage-messages';

// The package writer's content stage in a Web Worker (package-worker.ts): the main thread sends batches
// of lines and gets gzip's output back, in order, for the sink. A few batches may be on their way at once
// so both threads stay busy; output not yet taken by the sink also holds further batches back, so a slow
// sink (a backup over IPC) slows the export instead of piling bytes up. Where no worker can start, the
// stage runs in this thread as before.

/** Batches (~64 KiB of text each) sent and not yet taken in by the worker's gzip. */
const MAX_IN_FLIGHT = 4;
/** Output chunks received and not yet written by the sink. */
const MAX_OUTPUT_WAITING = 16;
/** A worker that has not said it is ready by then is given up for the in-thread stage. */
const START_TIMEOUT_MS = 5_000;

function startWorker(): Promise<Worker | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./package-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(null), START_TIMEOUT_MS);
    const done = (result: Worker | null) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      if (!result) worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => done(event.data.kind === 'ready' ? worker : null);
    worker.onerror = () => done(null);
  });
}

export const createWorkerStage: ContentStageFactory = async (headerLine, output) => {
  const worker = typeof Worker === 'undefined' ? null : await startWorker();
  if (!worker) return createInlineStage(headerLine, output);

  let failure: Error | null = null;
  let inFlight = 0;
  let outputWaiting = 0;
  let written: Promise<void> = Promise.resolve();
  // Whoever waits for room, a digest or the end, woken on every message.
  let wake: (() => void) | null = null;
  const waitFor = async (ready: () => boolean) => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  };
  let digest: string | null = null;
  let done = false;
  const stop = (error: Error) => {
    failure ??= error;
    worker.terminate();
    wake?.();
  };
  worker.onerror = (event) => stop(new Error(event.message || 'the package worker failed'));
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.kind === 'taken') inFlight--;
    else if (message.kind === 'out') {
      outputWaiting++;
      written = written.then(async () => {
        if (failure) return;
        try {
          await output(message.bytes);
        } catch (error) {
          stop(error instanceof Error ? error : new Error(String(error)));
        }
        outputWaiting--;
        wake?.();
      });
    } else if (message.kind === 'digest') digest = message.hex;
    else if (message.kind === 'done') done = true;
    else if (message.kind === 'error') stop(new Error(message.message));
    wake?.();
  };
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  send({ kind: 'start', headerLine: headerLine.slice() });

  return {
    async lines(text) {
      await waitFor(() => inFlight < MAX_IN_FLIGHT && outputWaiting < MAX_OUTPUT_WAITING);
      inFlight++;
      send({ kind: 'lines', text });
    },
    async digest() {
      send({ kind: 'digest' });
      await waitFor(() => digest !== null);
      return digest as string;
    },
    async finish(last) {
      send({ kind: 'finish', text: last });
      await waitFor(() => done);
      await written;
      if (failure) throw failure;
      worker.terminate();
    },
    abort(reason) {
      stop(reason instanceof Error ? reason : new Error(String(reason)));
    },
  };
};
