import { matchKey } from './normalise';

// Finding the customer (or product) a row means: by code (SKU), then by exact name, among existing
// records and then among records this file will create, so the same new name or code in many rows
// becomes one new record. Keys are width-normalised and case-insensitive (normalise.ts).

export interface Known {
  id: string;
  /** Customer code or product SKU. */
  code: string;
  name: string;
}

/** 'e:<id>' for an existing record, 'c:<code key>' / 'n:<name key>' for one the file creates. */
export type EntityKey = string;

export type Resolution =
  | {
      ok: true;
      key: EntityKey;
      isNew: boolean;
      /** The name cell held the code of a record the file creates (so it is not a name). */
      nameIsCode: boolean;
    }
  | { ok: false; reason: 'ambiguous' | 'required' };

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

type Lookup = { found: Known } | { ambiguous: true } | null;

const pick = (list: Known[] | undefined): Lookup =>
  !list ? null : list.length === 1 && list[0] ? { found: list[0] } : { ambiguous: true };

export class EntityResolver {
  private readonly byCode: Map<string, Known[]>;
  private readonly byName: Map<string, Known[]>;
  /** New records with a code in the file: code key → name key of the first row giving it. */
  private readonly newCodes = new Map<string, string>();
  /** Name key → code key, for rows naming a new coded record without its code. */
  private readonly newCodedNames = new Map<string, string>();

  constructor(existing: readonly Known[]) {
    this.byCode = indexBy(existing, (item) => matchKey(item.code));
    this.byName = indexBy(existing, (item) => matchKey(item.name));
  }

  private existing(code: string, name: string): Lookup {
    if (code !== '') {
      const byCode = pick(this.byCode.get(code));
      if (byCode) return byCode;
    }
    return name === '' ? null : pick(this.byName.get(name));
  }

  /** First pass: every row that gives a code, so later rows can find new coded records in any order. */
  noteCoded(codeText: string, nameText: string): void {
    const code = matchKey(codeText);
    const name = matchKey(nameText);
    if (code === '' || this.existing(code, name)) return;
    if (!this.newCodes.has(code)) this.newCodes.set(code, name);
    if (name !== '' && !this.newCodedNames.has(name)) this.newCodedNames.set(name, code);
  }

  /**
   * With a code: existing by code, existing by name, else the new record with that code.
   * Without: the name cell may hold a code (existing by code, then name), then a new record with that
   * code or that name from elsewhere in the file, else a new record with that name.
   */
  resolve(codeText: string, nameText: string): Resolution {
    const code = matchKey(codeText);
    const name = matchKey(nameText);
    if (code !== '') {
      const found = this.existing(code, name);
      if (found)
        return 'found' in found
          ? { ok: true, key: `e:${found.found.id}`, isNew: false, nameIsCode: false }
          : { ok: false, reason: 'ambiguous' };
      if (name === '' && !this.newCodes.get(code)) return { ok: false, reason: 'required' };
      return { ok: true, key: `c:${code}`, isNew: true, nameIsCode: false };
    }
    if (name === '') return { ok: false, reason: 'required' };
    const found = this.existing(name, name);
    if (found)
      return 'found' in found
        ? { ok: true, key: `e:${found.found.id}`, isNew: false, nameIsCode: false }
        : { ok: false, reason: 'ambiguous' };
    if (this.newCodes.has(name)) return { ok: true, key: `c:${name}`, isNew: true, nameIsCode: true };
    const coded = this.newCodedNames.get(name);
    if (coded !== undefined) return { ok: true, key: `c:${coded}`, isNew: true, nameIsCode: false };
    return { ok: true, key: `n:${name}`, isNew: true, nameIsCode: false };
  }
}

/** Codes like IMP-0001, IMP-0002 … that no existing or in-file record uses. */
export function codeGenerator(prefix: string, taken: Iterable<string>): () => string {
  const used = new Set<string>();
  for (const code of taken) used.add(matchKey(code));
  let next = 1;
  return () => {
    for (;;) {
      const code = `${prefix}${String(next++).padStart(4, '0')}`;
      if (!used.has(matchKey(code))) {
        used.add(matchKey(code));
        return code;
      }
    }
  };
}
