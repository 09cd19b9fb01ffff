/// <reference lib="webworker" />
import { errorMessage } from '../../shared/error-message';
import { type ContentStage, createInlineStage } from '../../shared/package/content-stage';
import type { FromWorker, ToWorker } from './package-stage-messages';

// The package writer's content stage (UTF-8, checksum, gzip) in a worker, so an export's main thread only
// reads and serialises records. The same in-thread stage runs here; this file only relays messages.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
let stage: Promise<ContentStage> | null = null;
// Messages are handled strictly in order, each after the one before has finished.
let queue: Promise<void> = Promise.resolve();

const handle = async (message: ToWorker): Promise<void> => {
  if (message.kind === 'start') {
    stage = createInlineStage(message.headerLine, async (bytes) => {
      const copy = bytes.slice(); // gzip's chunk may be a view on a buffer it reuses
      post({ kind: 'out', bytes: copy }, [copy.buffer]);
    });
    return;
  }
  if (!stage) throw new Error('package worker: not started');
  const s = await stage;
  if (message.kind === 'lines') {
    await s.lines(message.text);
    post({ kind: 'taken' });
  } else if (message.kind === 'digest') post({ kind: 'digest', hex: await s.digest() });
  else {
    await s.finish(message.text);
    post({ kind: 'done' });
  }
};

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  queue = queue
    .then(() => handle(event.data))
    .catch((error: unknown) => post({ kind: 'error', message: errorMessage(error) }));
};
post({ kind: 'ready' });
