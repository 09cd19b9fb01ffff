import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRendererStreams } from '../../../../electron/backup/renderer-stream';
import { writeBackupFile } from '../../../../electron/backup/write';
import type { BackupRequest } from '../../../../shared/ipc/backups';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A renderer that answers each request by sending `parts` one call at a time, as the real one does. */
function fakeRenderer(parts: string[], finish: 'end' | 'fail' | 'silent' = 'end') {
  const requests: BackupRequest[] = [];
  const sent: string[] = [];
  const refused: string[] = [];
  let streams: ReturnType<typeof createRendererStreams>;
  const request = (req: BackupRequest) => {
    requests.push(req);
    void (async () => {
      for (const part of parts) {
        try {
          await streams.chunk(req.id, bytes(part));
          sent.push(part);
        } catch (error) {
          refused.push((error as Error).message);
          return;
        }
      }
      if (finish === 'end') streams.end(req.id);
      if (finish === 'fail') streams.fail(req.id, 'QuotaExceededError');
    })();
    return true;
  };
  return {
    requests,
    sent,
    refused,
    attach: (s: ReturnType<typeof createRendererStreams>) => {
      streams = s;
    },
    request,
  };
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<string> {
  let text = '';
  for await (const chunk of source) text += new TextDecoder().decode(chunk);
  return text;
}

describe('backup bytes streamed from the renderer', () => {
  let dir: string | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('hands the renderer’s chunks to the writer in order, and the file holds exactly them', async () => {
    const renderer = fakeRenderer(['header\n', 'body-1', 'body-2']);
    const streams = createRendererStreams({ request: renderer.request, newId: () => 'b1' });
    renderer.attach(streams);
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-stream-'));
    await writeBackupFile({ dir, name: 'x.sdpkg', chunks: streams.produce('manual') });
    expect(await readFile(join(dir, 'x.sdpkg'), 'utf8')).toBe('header\nbody-1body-2');
    expect(renderer.requests).toEqual([{ id: 'b1', reason: 'manual' }]);
  });

  it('a chunk call resolves only when the writer has taken it (backpressure)', async () => {
    const streams = createRendererStreams({ request: () => true, newId: () => 'b2' });
    const iterator = streams.produce('scheduled')[Symbol.asyncIterator]();
    const first = iterator.next();
    let firstTaken = false;
    const sending = streams.chunk('b2', bytes('one')).then(() => {
      firstTaken = true;
    });
    expect(new TextDecoder().decode((await first).value)).toBe('one');
    await Promise.resolve();
    expect(firstTaken).toBe(false); // yielded, but the writer has not asked for more yet
    const second = iterator.next();
    await sending;
    expect(firstTaken).toBe(true);
    streams.end('b2');
    expect((await second).done).toBe(true);
  });

  it('a failure in the renderer fails the backup with its reason', async () => {
    const renderer = fakeRenderer(['partial'], 'fail');
    const streams = createRendererStreams({ request: renderer.request });
    renderer.attach(streams);
    await expect(collect(streams.produce('manual'))).rejects.toThrow(/QuotaExceededError/);
  });

  it('no window: the backup fails at once', async () => {
    const streams = createRendererStreams({ request: () => false });
    await expect(collect(streams.produce('quit'))).rejects.toThrow(/no window/);
  });

  it('a silent renderer times out, and its late chunks are refused', async () => {
    vi.useFakeTimers();
    const streams = createRendererStreams({ request: () => true, idleTimeoutMs: 5_000, newId: () => 'b3' });
    const result = collect(streams.produce('scheduled')).catch((e: Error) => e);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(((await result) as Error).message).toMatch(/no backup data for 5 s/);
    await expect(streams.chunk('b3', bytes('late'))).rejects.toThrow(/no backup is waiting/);
  });

  it('when the writer gives up (a disk error), the renderer’s waiting chunks are refused so it stops', async () => {
    const renderer = fakeRenderer(['a', 'b', 'c', 'd']);
    const streams = createRendererStreams({ request: renderer.request });
    renderer.attach(streams);
    const iterator = streams.produce('manual')[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.return?.(undefined); // what for-await does when the write throws
    await vi.waitFor(() => expect(renderer.refused).toEqual(['the backup was given up']));
    expect(renderer.sent.length).toBeLessThan(4);
  });
});
