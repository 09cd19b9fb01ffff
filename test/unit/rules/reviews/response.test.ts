import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersFit,
  canonicalResponse,
  newSecret,
  proofHolds,
  type ResponseCheckInput,
  responseProblem,
  responseProof,
} from '../../../../shared/rules/reviews';
import { type FeedbackQuestions, secretSchema } from '../../../../shared/schema/review';

const questions: FeedbackQuestions = {
  competencies: [
    { name: 'Accuracy', rubric: ['', '', '', '', ''] },
    { name: 'Teamwork', rubric: ['', '', '', '', ''] },
  ],
  questions: ['What should they keep doing?', 'What could they do better?'],
};
const accuracy4 = { criterion: 'Accuracy', rating: 4 };
const teamwork5 = { criterion: 'Teamwork', rating: 5 };
const ratings = [accuracy4, teamwork5];
const answers = ['Checks every order twice', ''];
const requestId = '0b7f5b6e-2f55-4a4c-9d0f-1c1d5f2f1a01';

describe('request secret', () => {
  it('is 32 random bytes in base64url: 43 characters the schema accepts, new each time', () => {
    const secrets = Array.from({ length: 20 }, newSecret);
    for (const secret of secrets) {
      expect(secret).toHaveLength(43);
      expect(secretSchema.safeParse(secret).success).toBe(true);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });
});

describe('response proof', () => {
  it('is HMAC-SHA256 under the secret of [requestId, ratings sorted by criterion, answers], in hex', async () => {
    const secret = newSecret();
    const message = JSON.stringify([
      requestId,
      [
        { criterion: 'Accuracy', rating: 4 },
        { criterion: 'Teamwork', rating: 5 },
      ],
      answers,
    ]);
    const expected = createHmac('sha256', Buffer.from(secret, 'base64url')).update(message).digest('hex');
    expect(await responseProof(secret, requestId, [...ratings].reverse(), answers)).toBe(expected);
    expect(canonicalResponse(requestId, [...ratings].reverse(), answers)).toBe(message);
  });

  it('keeps only criterion and rating of each rating, in that key order', () => {
    const extra = [{ rating: 3, criterion: 'Accuracy', note: 'x' } as { criterion: string; rating: number }];
    expect(canonicalResponse('r', extra, [])).toBe('["r",[{"criterion":"Accuracy","rating":3}],[]]');
  });

  it('changes with anything in the answer, the request or the secret', async () => {
    const secret = newSecret();
    const proof = await responseProof(secret, requestId, ratings, answers);
    expect(proof).toMatch(/^[0-9a-f]{64}$/);
    const others = await Promise.all([
      responseProof(secret, requestId, [{ criterion: 'Accuracy', rating: 5 }, teamwork5], answers),
      responseProof(secret, requestId, ratings, ['Checks every order twice', ' ']),
      responseProof(secret, requestId, ratings, [...answers, '']),
      responseProof(secret, `${requestId.slice(0, -1)}2`, ratings, answers),
      responseProof(newSecret(), requestId, ratings, answers),
    ]);
    for (const other of others) expect(other).not.toBe(proof);
  });
});

describe('proof holds', () => {
  const secret = newSecret();
  const request = { id: requestId, secret };
  const genuine = async () => ({
    requestId,
    ratings,
    answers,
    proof: await responseProof(secret, requestId, ratings, answers),
  });

  it('holds for the genuine answer, whatever order its ratings come in', async () => {
    const response = await genuine();
    expect(await proofHolds(request, response)).toBe(true);
    expect(await proofHolds(request, { ...response, ratings: [...ratings].reverse() })).toBe(true);
  });

  it('fails for an altered rating or answer', async () => {
    const response = await genuine();
    expect(
      await proofHolds(request, {
        ...response,
        ratings: [accuracy4, { criterion: 'Teamwork', rating: 1 }],
      }),
    ).toBe(false);
    expect(await proofHolds(request, { ...response, answers: ['Checks every order once', ''] })).toBe(false);
  });

  it('fails for an answer forged with another secret, or made for another request', async () => {
    const forged = {
      requestId,
      ratings,
      answers,
      proof: await responseProof(newSecret(), requestId, ratings, answers),
    };
    expect(await proofHolds(request, forged)).toBe(false);
    const otherId = 'a1b2c3d4-0000-4000-8000-000000000000';
    const forOther = {
      requestId: otherId,
      ratings,
      answers,
      proof: await responseProof(secret, otherId, ratings, answers),
    };
    expect(await proofHolds(request, forOther)).toBe(false);
    // Its proof is genuine for the other request, so only the request id tells them apart.
    expect(await proofHolds({ id: otherId, secret }, forOther)).toBe(true);
  });

  it('fails for a genuine answer relabelled to name another request', async () => {
    const response = await genuine();
    expect(
      await proofHolds(request, { ...response, requestId: 'a1b2c3d4-0000-4000-8000-000000000000' }),
    ).toBe(false);
  });

  it('fails, without throwing, for a malformed proof or secret', async () => {
    const response = await genuine();
    expect(await proofHolds(request, { ...response, proof: response.proof.toUpperCase() })).toBe(false);
    expect(await proofHolds(request, { ...response, proof: response.proof.slice(0, 62) })).toBe(false);
    expect(await proofHolds(request, { ...response, proof: `${response.proof}00` })).toBe(false);
    expect(await proofHolds(request, { ...response, proof: '' })).toBe(false);
    expect(await proofHolds({ id: requestId, secret: '!!!not base64!!!' }, response)).toBe(false);
  });

  it('fails when any one hex digit of the proof changes', async () => {
    const response = await genuine();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 63 }), fc.constantFrom(...'0123456789abcdef'), async (at, digit) => {
        fc.pre(response.proof[at] !== digit);
        const proof = response.proof.slice(0, at) + digit + response.proof.slice(at + 1);
        expect(await proofHolds(request, { ...response, proof })).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe('response problem', () => {
  const request: ResponseCheckInput['request'] = {
    cycleId: 'cycle-q3',
    expiresOn: '2026-10-15',
    questions,
    deleted: false,
  };
  const cycle = { name: 'Q3 2026', status: 'in_progress', deleted: false } as const;
  const base: ResponseCheckInput = {
    request,
    cycle,
    today: '2026-10-10',
    alreadyAnswered: false,
    ratings,
    answers,
  };

  it('accepts a fitting answer, up to and including the last day', () => {
    expect(responseProblem(base)).toBeNull();
    expect(responseProblem({ ...base, today: '2026-10-15' })).toBeNull();
    expect(responseProblem({ ...base, expectedCycleId: 'cycle-q3' })).toBeNull();
    expect(responseProblem({ ...base, cycle: { ...cycle, status: 'calibrating' } })).toBeNull();
  });

  it('refuses an answer to a request this office does not hold, or whose cycle is gone', () => {
    const unknown = { code: 'feedback.unknownRequest', params: {} };
    expect(responseProblem({ ...base, request: undefined })).toEqual(unknown);
    expect(responseProblem({ ...base, request: { ...request, deleted: true } })).toEqual(unknown);
    expect(responseProblem({ ...base, cycle: undefined })).toEqual(unknown);
    expect(responseProblem({ ...base, cycle: { ...cycle, deleted: true } })).toEqual(unknown);
  });

  it("refuses another cycle's answer, naming its cycle", () => {
    expect(responseProblem({ ...base, expectedCycleId: 'cycle-q4' })).toEqual({
      code: 'feedback.otherCycle',
      params: { cycle: 'Q3 2026' },
    });
  });

  it('refuses an answer to a closed cycle, an answered request and an expired one', () => {
    expect(responseProblem({ ...base, cycle: { ...cycle, status: 'closed' } })).toEqual({
      code: 'review.cycleClosed',
      params: {},
    });
    expect(responseProblem({ ...base, alreadyAnswered: true })).toEqual({
      code: 'feedback.duplicate',
      params: {},
    });
    expect(responseProblem({ ...base, today: '2026-10-16' })).toEqual({
      code: 'feedback.expired',
      params: { date: '2026-10-15' },
    });
  });

  it('refuses ratings or answers that do not fit the questions', () => {
    const mismatch = { code: 'feedback.ratingsMismatch', params: {} };
    const cases: Partial<ResponseCheckInput>[] = [
      { ratings: ratings.slice(0, 1) },
      { ratings: [...ratings, { criterion: 'Accuracy', rating: 2 }] },
      { ratings: [accuracy4, { criterion: 'Accuracy', rating: 2 }] },
      { ratings: [accuracy4, { criterion: 'Charm', rating: 2 }] },
      { ratings: [accuracy4, { criterion: 'Teamwork', rating: 6 }] },
      { ratings: [accuracy4, { criterion: 'Teamwork', rating: 0 }] },
      { ratings: [accuracy4, { criterion: 'Teamwork', rating: 2.5 }] },
      { answers: ['only one'] },
      { answers: ['one', 'two', 'three'] },
    ];
    for (const change of cases)
      expect(responseProblem({ ...base, ...change }), JSON.stringify(change)).toEqual(mismatch);
  });

  it('says the first problem in order: unknown, other cycle, closed, duplicate, expired, mismatch', () => {
    const everything: ResponseCheckInput = {
      ...base,
      expectedCycleId: 'cycle-q4',
      cycle: { ...cycle, status: 'closed' },
      alreadyAnswered: true,
      today: '2027-01-01',
      answers: [],
    };
    expect(responseProblem({ ...everything, request: undefined })?.code).toBe('feedback.unknownRequest');
    expect(responseProblem(everything)?.code).toBe('feedback.otherCycle');
    const rest = { ...everything, expectedCycleId: undefined };
    expect(responseProblem(rest)?.code).toBe('review.cycleClosed');
    expect(responseProblem({ ...rest, cycle: base.cycle })?.code).toBe('feedback.duplicate');
    expect(responseProblem({ ...rest, cycle: base.cycle, alreadyAnswered: false })?.code).toBe(
      'feedback.expired',
    );
    expect(
      responseProblem({ ...rest, cycle: base.cycle, alreadyAnswered: false, today: base.today })?.code,
    ).toBe('feedback.ratingsMismatch');
  });

  it('fits a request with no competencies and no questions only with an empty answer', () => {
    const empty = { competencies: [], questions: [] };
    expect(answersFit(empty, [], [])).toBe(true);
    expect(answersFit(empty, [{ criterion: 'Accuracy', rating: 3 }], [])).toBe(false);
    expect(answersFit(empty, [], [''])).toBe(false);
  });
});
