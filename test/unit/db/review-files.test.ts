import { describe, expect, it } from 'vitest';
import {
  importResponseFile,
  readRequestFile,
  requestFileName,
  responseFileName,
  writeRequestFile,
  writeResponseFile,
} from '../../../renderer/db/feedback-files';
import { previewPackage } from '../../../renderer/db/package-import';
import { addPeerRequest, createCycle, startCycle } from '../../../renderer/db/review-commands';
import { loadCycleBoard } from '../../../renderer/db/review-queries';
import { readPackage, readPackageHeader } from '../../../shared/package';
import { newSecret } from '../../../shared/rules/reviews';
import type { FeedbackRequest } from '../../../shared/schema/review';
import { collector, fastLimits } from '../package/records';
import { ratingsOf, reviewOffice } from './review-fixtures';

// Feedback files end to end through real files: a request file read on a machine that holds nothing of
// the office, the answer written there and imported here — and every way an answer file is refused.

const fast = { iterations: 1, limits: fastLimits };
const reviewer = {
  identity: {
    deviceId: 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff',
    machineName: 'Ben laptop',
    orderPrefix: 'BL',
  },
  now: () => new Date('2026-11-28T09:30:00+08:00'),
};
const refused = (code: string, params?: object) =>
  expect.objectContaining({
    name: 'Refusal',
    code,
    ...(params ? { params: expect.objectContaining(params) } : {}),
  });

async function written(write: (sink: (chunk: Uint8Array) => void) => Promise<unknown>): Promise<Uint8Array> {
  const out = collector();
  await write(out.sink);
  return out.bytes();
}

/** An office with a peer request on Anna's review for Ben, and its file. */
async function requestOut(now?: () => Date) {
  const office = await reviewOffice(now);
  const [anna, ben] = office.people as [(typeof office.people)[0], (typeof office.people)[0]];
  const review = await office.reviewOf(anna);
  const request = await addPeerRequest(office.session, review.id, { staffId: ben.id, name: ben.name });
  const file = await written((sink) => writeRequestFile(office.session, request.id, sink));
  return { ...office, review, request, file };
}

const answerFile = (request: FeedbackRequest, from = reviewer) =>
  written((sink) => writeResponseFile(from, request, ratingsOf(5), ['Always double-checks', ''], sink, fast));

describe('a request file', () => {
  it('holds the one request and nothing else of the office, unencrypted, and reads on a bare machine', async () => {
    const { request, file } = await requestOut();
    const header = readPackageHeader(file);
    expect(header.scope).toMatchObject({
      kind: 'feedback-request',
      tables: ['feedbackRequests'],
      requestId: request.id,
    });
    expect(header.encryption).toBeNull();
    const tables: string[] = [];
    await readPackage(file, {
      maxSchemaVersion: header.schemaVersion,
      exists: async (_t, ids) => new Set(ids),
      onRecord: (table) => {
        tables.push(table);
      },
    });
    expect(tables).toEqual(['feedbackRequests']);
    // Read where no staff, review or cycle exists: nothing is looked up, nothing stored.
    const read = await readRequestFile(file);
    expect(read).toMatchObject({
      id: request.id,
      subjectName: 'Anna Wang',
      reviewerName: 'Ben Li',
      expiresOn: '2026-12-20',
      questions: request.questions,
    });
    expect(requestFileName(read)).toBe('Feedback-request-Anna_Wang-Ben_Li.sdpkg');
    expect(responseFileName(read)).toBe('Feedback-answer-Anna_Wang-Ben_Li.sdpkg');
  });

  it('is refused by the Sharing import, and is not taken for an answer (nor an answer for a request)', async () => {
    const { session, request, file } = await requestOut();
    await expect(previewPackage(session, file)).rejects.toMatchObject({ code: 'feedback_file' });
    await expect(importResponseFile(session, file, {}, fast)).rejects.toEqual(
      refused('feedback.notResponse'),
    );
    const answer = await answerFile(request);
    await expect(readRequestFile(answer, {}, fast)).rejects.toEqual(refused('feedback.notRequest'));
  });
});

describe('an answer file', () => {
  it('is encrypted, and stored once with its proof: the board counts it answered', async () => {
    const { session, cycle, review, request, file } = await requestOut();
    // The reviewer answers the request as their machine read it from the file.
    const answer = await answerFile(await readRequestFile(file));
    expect(readPackageHeader(answer, { limits: fastLimits }).encryption).not.toBeNull();
    const stored = await importResponseFile(session, answer, { cycleId: cycle.id }, fast);
    expect(stored).toMatchObject({
      requestId: request.id,
      via: 'file',
      answers: ['Always double-checks', ''],
    });
    const board = await loadCycleBoard(session.db, cycle.id, '2026-12-01');
    const row = board?.rows.find((r) => r.review.id === review.id);
    expect(row?.requests.find((r) => r.request.id === request.id)?.answered).toBe(true);
    await expect(importResponseFile(session, answer, { cycleId: cycle.id }, fast)).rejects.toEqual(
      refused('feedback.duplicate'),
    );
    expect(await session.db.feedbackResponses.count()).toBe(1);
  });

  it('refuses an answer altered by one byte, or sealed with a forged secret', async () => {
    const { session, request } = await requestOut();
    const answer = await answerFile(request);
    const header = answer.indexOf(0x0a) + 1;
    for (const at of [header + 40, answer.length - 20]) {
      const altered = answer.slice();
      altered[at] = (altered[at] as number) ^ 0x01;
      await expect(importResponseFile(session, altered, {}, fast)).rejects.toEqual(
        refused('feedback.altered'),
      );
    }
    const forged = await answerFile({ ...request, secret: newSecret() });
    await expect(importResponseFile(session, forged, {}, fast)).rejects.toEqual(refused('feedback.altered'));
    expect(await session.db.feedbackResponses.count()).toBe(0);
  });

  it('refuses an answer to another office’s request, or to another cycle’s', async () => {
    const ours = await requestOut();
    const theirs = await requestOut();
    const foreign = await answerFile(theirs.request);
    await expect(importResponseFile(ours.session, foreign, {}, fast)).rejects.toEqual(
      refused('feedback.unknownRequest'),
    );
    const other = await createCycle(ours.session, {
      name: '2027 Q1',
      from: '2027-01-01',
      to: '2027-03-31',
      templateId: ours.template.id,
      participants: ours.people.map((p) => p.id),
      status: 'not_started',
    });
    await startCycle(ours.session, other.id);
    const answer = await answerFile(ours.request);
    await expect(importResponseFile(ours.session, answer, { cycleId: other.id }, fast)).rejects.toEqual(
      refused('feedback.otherCycle', { cycle: '2026 Q4' }),
    );
    expect(await ours.session.db.feedbackResponses.count()).toBe(0);
  });

  it('refuses an answer given after the request’s last day, even from a machine that let it through', async () => {
    const lateDay = () => new Date('2026-12-21T09:00:00+08:00');
    const { session, request } = await requestOut(lateDay);
    const late = { ...reviewer, now: lateDay };
    await expect(answerFile(request, late)).rejects.toEqual(
      refused('feedback.expired', { date: '2026-12-20' }),
    );
    const answer = await answerFile({ ...request, expiresOn: '2027-01-31' }, late);
    await expect(importResponseFile(session, answer, {}, fast)).rejects.toEqual(
      refused('feedback.expired', { date: '2026-12-20' }),
    );
  });

  it('refuses ratings that do not fit the questions on the reviewer’s side', async () => {
    const { request } = await requestOut();
    await expect(
      written((sink) => writeResponseFile(reviewer, request, ratingsOf(5).slice(2), ['', ''], sink, fast)),
    ).rejects.toEqual(refused('feedback.ratingsMismatch'));
  });
});
