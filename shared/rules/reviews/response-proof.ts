import type { CriterionRating, FeedbackRequest, FeedbackResponse } from '../../schema/review';

// Proof that a feedback response answers a request this office made: an HMAC-SHA256, under the request's
// secret, of the answer in one canonical form. Only the request file and this office know the secret, so
// an answer that was altered, or made for a request nobody sent, does not prove. WebCrypto
// (globalThis.crypto), so the same code runs in Node and in the renderer.

const SECRET_BYTES = 32;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/** A new request secret: 32 random bytes, base64url without padding (43 characters). */
export function newSecret(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/**
 * The answer in one form whatever order its ratings arrive in: [requestId, ratings sorted by criterion,
 * answers], as JSON with the keys in a fixed order.
 */
export function canonicalResponse(
  requestId: string,
  ratings: readonly CriterionRating[],
  answers: readonly string[],
): string {
  const sorted = [...ratings]
    .map((r) => ({ criterion: r.criterion, rating: r.rating }))
    .sort((a, b) => (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : a.rating - b.rating));
  return JSON.stringify([requestId, sorted, [...answers]]);
}

const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  globalThis.crypto.subtle.importKey(
    'raw',
    fromBase64Url(secret) as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  );

const encoded = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

/** The proof of an answer to a request: HMAC-SHA256 under the request's secret, 64 hex digits. */
export async function responseProof(
  secret: string,
  requestId: string,
  ratings: readonly CriterionRating[],
  answers: readonly string[],
): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    key,
    encoded(canonicalResponse(requestId, ratings, answers)),
  );
  return toHex(new Uint8Array(mac));
}

/**
 * Whether a response proves to answer this request: it names the request and its proof is the HMAC of
 * its answer under the request's secret (checked by WebCrypto's verify, which compares in constant time).
 * A malformed secret or proof does not prove.
 */
export async function proofHolds(
  request: Pick<FeedbackRequest, 'id' | 'secret'>,
  response: Pick<FeedbackResponse, 'requestId' | 'ratings' | 'answers' | 'proof'>,
): Promise<boolean> {
  if (response.requestId !== request.id) return false;
  const mac = fromHex(response.proof);
  if (mac === null || mac.length !== 32) return false;
  try {
    const key = await hmacKey(request.secret, 'verify');
    return await globalThis.crypto.subtle.verify(
      'HMAC',
      key,
      mac as Uint8Array<ArrayBuffer>,
      encoded(canonicalResponse(request.id, response.ratings, response.answers)),
    );
  } catch {
    return false;
  }
}
