// The ids a package reader has seen, for its duplicate and reference checks: a million orders' ids as
// strings in a Set take ~100 MB of heap, and the garbage collector lets the heap grow in proportion to
// what stays alive — so the reader's memory would grow with the package. Record ids are UUIDs (the
// schemas say so), so each is kept here as its 16 bytes in one typed array, found through an open-
// addressing table of indexes: ~24 bytes an id. Anything not shaped like a lower-case UUID goes to an
// ordinary Set, so the answer is exact for every string.
//
// The table's hash is keyed with a random seed per set: ids come from files anyone can write, and ids
// chosen to collide under a known hash would make every lookup walk the whole table.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMPTY = 0;

export interface IdSet {
  has(id: string): boolean;
  add(id: string): void;
  readonly size: number;
}

export function createIdSet(): IdSet {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] as number;
  let words = new Uint32Array(4 * 1024);
  let count = 0;
  // Slot → index of the id in `words` + 1 (0 = empty); kept at most half full.
  let slots = new Int32Array(2048);
  const other = new Set<string>();
  const key = new Uint32Array(4);

  const read = (id: string): boolean => {
    if (id.length !== 36 || !UUID.test(id)) return false;
    key[0] = Number.parseInt(id.slice(0, 8), 16);
    key[1] = Number.parseInt(id.slice(9, 13) + id.slice(14, 18), 16);
    key[2] = Number.parseInt(id.slice(19, 23) + id.slice(24, 28), 16);
    key[3] = Number.parseInt(id.slice(28, 36), 16);
    return true;
  };
  const hashOf = (w: ArrayLike<number>, at: number): number => {
    let h = seed;
    for (let i = 0; i < 4; i++) {
      h = Math.imul(h ^ (w[at + i] as number), 0x9e3779b1);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const same = (index: number): boolean =>
    words[index * 4] === key[0] &&
    words[index * 4 + 1] === key[1] &&
    words[index * 4 + 2] === key[2] &&
    words[index * 4 + 3] === key[3];
  /** The slot holding `key`, or the empty slot where it would go. */
  const find = (): number => {
    const mask = slots.length - 1;
    for (let slot = hashOf(key, 0) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === EMPTY || same(entry - 1)) return slot;
    }
  };
  const grow = () => {
    const bigger = new Int32Array(slots.length * 2);
    const mask = bigger.length - 1;
    for (let index = 0; index < count; index++) {
      let slot = hashOf(words, index * 4) & mask;
      while (bigger[slot] !== EMPTY) slot = (slot + 1) & mask;
      bigger[slot] = index + 1;
    }
    slots = bigger;
  };

  return {
    has(id) {
      if (!read(id)) return other.has(id);
      return slots[find()] !== EMPTY;
    },
    add(id) {
      if (!read(id)) {
        other.add(id);
        return;
      }
      const slot = find();
      if (slots[slot] !== EMPTY) return;
      if ((count + 1) * 4 > words.length) {
        const more = new Uint32Array(words.length * 2);
        more.set(words);
        words = more;
      }
      words.set(key, count * 4);
      count++;
      slots[slot] = count;
      if (count * 2 > slots.length) grow();
    },
    get size() {
      return count + other.size;
    },
  };
}
