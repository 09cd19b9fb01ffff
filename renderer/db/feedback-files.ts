import { formatRev } from '../../shared/hlc';
import {
  createPackageWriter,
  type Exists,
  isPackageError,
  type PackageLimits,
  type Receiver,
  readPackage,
  readPackageHeader,
} from '../../shared/package';
import type { PackageHeaderInput } from '../../shared/package/writer';
import { Refusal } from '../../shared/refusal';
import { localIsoDate } from '../../shared/rules/local-date';
import { answersFit, proofHolds, responseProof } from '../../shared/rules/reviews';
import type { CriterionRating, FeedbackRequest, FeedbackResponse } from '../../shared/schema/review';
import type { TableName } from '../../shared/schema/tables';
import type { MachineIdentity } from './identity';
import { pick } from './package-export';
import { newRecordId } from './record-id';
import { storeResponse } from './review-requests';
import { latestSchemaVersion } from './schema-versions';
import type { DataSession } from './session';

// Feedback files: a request travels to its reviewer as a package of scope kind feedback-request holding
// that one request (whom it is about, who is asked, the questions, the secret and the last day — nothing
// else of the office), unencrypted; the answer comes back as a feedback-response package holding one
// response, encrypted with the request's secret, so only this office opens it and any change to it fails
// authentication. Its proof (an HMAC under the same secret) is checked again before it is stored.
// The reviewer's machine needs none of the office's records: a request file is read with every
// reference taken as held, and reading it stores nothing.

type Sink = (chunk: Uint8Array) => Promise<void> | void;

/** Tests only: fewer PBKDF2 iterations and the reader's matching limits. */
export interface FeedbackFileOptions {
  iterations?: number;
  limits?: Partial<PackageLimits>;
}

const safe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);

/** `Feedback-request-Anna_Wang-Ben_Li.sdpkg`: whom it is about and who is asked, safe on Windows and Mac. */
export const requestFileName = (request: Pick<FeedbackRequest, 'subjectName' | 'reviewerName'>) =>
  `Feedback-request-${safe(request.subjectName)}-${safe(request.reviewerName)}.sdpkg`;

/** `Feedback-answer-Anna_Wang-Ben_Li.sdpkg`. */
export const responseFileName = (request: Pick<FeedbackRequest, 'subjectName' | 'reviewerName'>) =>
  `Feedback-answer-${safe(request.subjectName)}-${safe(request.reviewerName)}.sdpkg`;

function headerOf(
  identity: Pick<MachineIdentity, 'deviceId' | 'machineName' | 'orderPrefix'>,
  at: Date,
  kind: 'feedback-request' | 'feedback-response',
  table: TableName,
  requestId: string,
): PackageHeaderInput {
  return {
    schemaVersion: latestSchemaVersion,
    source: {
      deviceId: identity.deviceId,
      machineName: identity.machineName,
      orderPrefix: identity.orderPrefix,
    },
    createdAt: at.toISOString(),
    scope: { kind, tables: [table], confidential: true, requestId },
  };
}

/**
 * Write the file of a request for its reviewer. Refused for a request that is gone or answered, or whose
 * cycle is closed.
 */
export async function writeRequestFile(
  session: DataSession,
  requestId: string,
  sink: Sink,
): Promise<FeedbackRequest> {
  const { db } = session;
  const request = await db.feedbackRequests.get(requestId);
  if (!request || request.deleted) throw new Refusal('record.gone', 'id', {}, 'feedbackRequests');
  const cycle = await db.reviewCycles.get(request.cycleId);
  if (!cycle || cycle.deleted || cycle.status === 'closed')
    throw new Refusal('review.cycleClosed', '', {}, 'feedbackRequests');
  const answers = await db.feedbackResponses.where('requestId').equals(requestId).toArray();
  if (answers.some((r) => !r.deleted)) throw new Refusal('feedback.duplicate', '', {}, 'feedbackRequests');
  const writer = await createPackageWriter(
    headerOf(session.identity, session.now(), 'feedback-request', 'feedbackRequests', request.id),
    { sink },
  );
  await writer.add('feedbackRequests', pick('feedbackRequests', request));
  await writer.finish({});
  return request;
}

/** The one record of a feedback file, its kind and request checked; throws PackageError or a Refusal. */
async function readOne<T extends { id: string }>(
  bytes: Uint8Array,
  kind: 'feedback-request' | 'feedback-response',
  table: TableName,
  wrongKind: Refusal,
  options: { passphrase?: string; exists: Exists; receiver?: Receiver; limits?: Partial<PackageLimits> },
): Promise<{ record: T; requestId: string }> {
  const header = readPackageHeader(bytes, {
    maxSchemaVersion: latestSchemaVersion,
    receiver: options.receiver ?? {},
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const requestId = header.scope.requestId;
  if (header.scope.kind !== kind || requestId === undefined) throw wrongKind;
  const found: T[] = [];
  await readPackage(bytes, {
    maxSchemaVersion: latestSchemaVersion,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.limits ? { limits: options.limits } : {}),
    exists: options.exists,
    receiver: options.receiver ?? {},
    onRecord: (t, record) => {
      if (t === table) found.push(record as unknown as T);
    },
  });
  const [record] = found;
  if (found.length !== 1 || !record) throw wrongKind;
  return { record, requestId };
}

/**
 * The request in a request file, on the reviewer's machine (which need hold nothing of the office):
 * checked whole, nothing stored. A file of another kind is refused as feedback.notRequest.
 */
export async function readRequestFile(
  bytes: Uint8Array,
  receiver: Receiver = {},
  options: FeedbackFileOptions = {},
): Promise<FeedbackRequest> {
  const { record, requestId } = await readOne<FeedbackRequest>(
    bytes,
    'feedback-request',
    'feedbackRequests',
    new Refusal('feedback.notRequest', '', {}, 'feedbackRequests'),
    {
      // Its review, cycle and reviewer are the office's records, not the reviewer's.
      exists: async (_table, ids) => new Set(ids),
      receiver,
      ...(options.limits ? { limits: options.limits } : {}),
    },
  );
  if (record.id !== requestId) throw new Refusal('feedback.notRequest', '', {}, 'feedbackRequests');
  return record;
}

/** Who writes an answer: this app's session, or just a machine's identity and clock. */
export interface AnswerWriter {
  identity: Pick<MachineIdentity, 'deviceId' | 'machineName' | 'orderPrefix'>;
  now: () => Date;
}

/**
 * Write the reviewer's answer to a request as a response file, encrypted with the request's secret.
 * Refused after the request's last day, or when the ratings and answers do not fit its questions.
 */
export async function writeResponseFile(
  from: AnswerWriter,
  request: FeedbackRequest,
  ratings: CriterionRating[],
  answers: string[],
  sink: Sink,
  options: FeedbackFileOptions = {},
): Promise<FeedbackResponse> {
  const at = from.now();
  if (localIsoDate(at) > request.expiresOn)
    throw new Refusal('feedback.expired', '', { date: request.expiresOn }, 'feedbackResponses');
  if (!answersFit(request.questions, ratings, answers))
    throw new Refusal('feedback.ratingsMismatch', '', {}, 'feedbackResponses');
  const iso = at.toISOString();
  const response: FeedbackResponse = {
    id: newRecordId(),
    createdAt: iso,
    updatedAt: iso,
    rev: formatRev({ wall: at.getTime(), counter: 0 }, from.identity.deviceId),
    baseRev: null,
    deviceId: from.identity.deviceId,
    deleted: false,
    requestId: request.id,
    ratings,
    answers,
    proof: await responseProof(request.secret, request.id, ratings, answers),
    via: 'file',
    answeredAt: iso,
  };
  const writer = await createPackageWriter(
    headerOf(from.identity, at, 'feedback-response', 'feedbackResponses', request.id),
    {
      sink,
      passphrase: request.secret,
      ...(options.iterations ? { iterations: options.iterations, allowWeakIterationsForTests: true } : {}),
    },
  );
  await writer.add('feedbackResponses', response);
  await writer.finish({});
  return response;
}

/** Failures of the file itself that mean it is not what this office's request was answered with. */
const ALTERED = new Set([
  'wrong_passphrase',
  'tampered',
  'checksum',
  'corrupt',
  'truncated',
  'invalid_record',
]);

/**
 * Store the answer in a response file, all or nothing. Refused (Refusal) for a file that is not a
 * response (feedback.notResponse), an answer to a request this office does not hold — another office's
 * (feedback.unknownRequest), one that does not open with the request's secret or whose proof fails
 * (feedback.altered), another cycle's than `cycleId` (feedback.otherCycle), a closed cycle, an answered
 * request (feedback.duplicate), an answer given after the request's last day (feedback.expired), or
 * ratings that do not fit. A file that is not a package at all is refused as a PackageError.
 */
export async function importResponseFile(
  session: DataSession,
  bytes: Uint8Array,
  target: { cycleId?: string } = {},
  options: FeedbackFileOptions = {},
): Promise<FeedbackResponse> {
  const { db } = session;
  // The reviewer may have answered on this very machine: its origin is not refused here.
  const receiver = { now: session.now().getTime() };
  const header = readPackageHeader(bytes, {
    maxSchemaVersion: latestSchemaVersion,
    receiver,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const requestId = header.scope.requestId;
  if (header.scope.kind !== 'feedback-response' || requestId === undefined)
    throw new Refusal('feedback.notResponse', '', {}, 'feedbackResponses');
  const request = await db.feedbackRequests.get(requestId);
  if (!request || request.deleted) throw new Refusal('feedback.unknownRequest', '', {}, 'feedbackResponses');
  let response: FeedbackResponse;
  try {
    ({ record: response } = await readOne<FeedbackResponse>(
      bytes,
      'feedback-response',
      'feedbackResponses',
      new Refusal('feedback.altered', '', {}, 'feedbackResponses'),
      {
        passphrase: request.secret,
        exists: async (table, ids) => {
          const found = (await db.table(table).bulkGet(ids)) as ({ id: string } | undefined)[];
          return new Set(found.flatMap((r) => (r ? [r.id] : [])));
        },
        receiver,
        ...(options.limits ? { limits: options.limits } : {}),
      },
    ));
  } catch (error) {
    if (isPackageError(error) && ALTERED.has(error.code))
      throw new Refusal('feedback.altered', '', {}, 'feedbackResponses');
    throw error;
  }
  if (!(await proofHolds(request, response)))
    throw new Refusal('feedback.altered', '', {}, 'feedbackResponses');
  return storeResponse(
    session,
    {
      requestId: request.id,
      ratings: response.ratings,
      answers: response.answers,
      proof: response.proof,
      via: 'file',
      answeredAt: response.answeredAt,
    },
    {
      ...(target.cycleId === undefined ? {} : { expectedCycleId: target.cycleId }),
      // Expiry is of the answer: one given in time still counts when the office imports it later.
      answeredOn: localIsoDate(new Date(response.answeredAt)),
    },
  );
}
