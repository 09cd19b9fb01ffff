// A small seeded PRNG (mulberry32) and the draws the sample generator needs. Same seed, same sequence:
// the sample office is reproducible, and nothing here reads the clock or Math.random.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick by relative weights: `[['a', 3], ['b', 1]]` gives 'a' three times as often as 'b'. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A UUID in version-4 format whose bits come from this generator (mixed with its id key, if any). */
  uuid(): string;
  /** A new generator derived from this one, for an independent stream (e.g. per table). */
  fork(): Random;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Mix a seed with a label so `seed 1 / 'orders'` and `seed 1 / 'office'` give unrelated streams. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * The 16 bytes an id key mixes into every UUID: from a per-install key, so two PCs that each load the
 * same sample office get the same content under different ids (else every record would conflict when
 * they exchange packages). Four independent 32-bit hashes of the key, so two keys collide in all 128 bits
 * only by chance.
 */
export function idMask(idKey: string): Uint8Array {
  const mask = new Uint8Array(16);
  for (let word = 0; word < 4; word++) {
    const h = deriveSeed(0x5a17 + word, idKey);
    mask.set([h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff], word * 4);
  }
  return mask;
}

/**
 * A generator for `seed`. With an `idKey`, its UUIDs are XORed with that key's mask: the same draws (so
 * the same content), ids still distinct from each other, but different for every key.
 */
export function createRandom(seed: number, idKey?: string): Random {
  return seeded(seed, idKey === undefined ? undefined : idMask(idKey));
}

function seeded(seed: number, mask: Uint8Array | undefined): Random {
  const u32 = mulberry32(seed);
  const next = () => u32() / 4_294_967_296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    uuid() {
      const bytes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const word = u32();
        bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
      }
      if (mask) for (let i = 0; i < 16; i++) bytes[i] = (bytes[i] as number) ^ (mask[i] as number);
      bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
      bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC 9562 variant
      const h = bytes.map((b) => hex[b] as string);
      return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
    },
    fork: () => seeded(u32(), mask),
  };
  return random;
}

/** Running totals of weights, for picking by weight in O(log n) with `pickIndex`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += weight;
    cumulative[i] = total;
  });
  return cumulative;
}

/** The index whose weight band contains a uniform draw, by binary search over `cumulativeWeights`. */
export function pickIndex(random: Random, cumulative: Float64Array): number {
  const roll = random.next() * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > roll) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
