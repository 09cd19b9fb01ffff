import { CODE_MAX } from '../schema/limits';
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

/**
 * What to do when the file gives one new code with different names (a product renamed between two
 * exports, or two products that share a code in the source system): keep the name of its first row, of
 * its last row, or make one record per name (the later names get the code with a suffix: P-1-2, P-1-3).
 */
export type SameCodeChoice = 'first' | 'latest' | 'separate';

/** One code the file gives with more than one name: each name with the rows that give it, in file order. */
export interface CodeWithNames {
  code: string;
  names: { name: string; rows: number[] }[];
}

export type Resolution =
  | {
      ok: true;
      key: EntityKey;
      isNew: boolean;
      /** The name cell held the code of a record the file creates (so it is not a name). */
      nameIsCode: boolean;
      /** For a new record: the code and name it gets from this row (after the same-code choice). */
      code: string;
      name: string;
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

interface CodeEntry {
  /** The code as the first row wrote it (names likewise: what the user sees and chooses from). */
  code: string;
  /** Name key → the name as first written and the rows giving it, in file order. */
  names: Map<string, { name: string; rows: number[] }>;
}

export class EntityResolver {
  private readonly byCode: Map<string, Known[]>;
  private readonly byName: Map<string, Known[]>;
  /** New records with a code in the file: code key → names the file gives it. */
  private readonly newCodes = new Map<string, CodeEntry>();
  /** Name key → entity key, for rows naming a new coded record without its code. */
  private readonly newCodedNames = new Map<string, EntityKey>();
  /** Entity key of a record split off by 'separate' → its code (P-1-2). */
  private readonly variantCodes = new Map<EntityKey, string>();
  private readonly usedVariants = new Set<string>();

  constructor(
    existing: readonly Known[],
    private readonly choice: SameCodeChoice = 'first',
  ) {
    this.byCode = indexBy(existing, (item) => matchKey(item.code));
    this.byName = indexBy(existing, (item) => matchKey(item.name));
  }

  /**
   * The existing record a row means. A row with a code not stored yet falls back to its name only
   * when the name is one record's: a name several stored records share must not refuse a row whose
   * own code says which record it is (a new one).
   */
  private existing(code: string, name: string, codeFromFile = true): Lookup {
    if (code !== '') {
      const byCode = pick(this.byCode.get(code));
      if (byCode) return byCode;
      const byName = name === '' ? null : pick(this.byName.get(name));
      return byName && ('found' in byName || !codeFromFile) ? byName : null;
    }
    return name === '' ? null : pick(this.byName.get(name));
  }

  private firstName(code: string): string {
    return this.newCodes.get(code)?.names.keys().next().value ?? '';
  }

  private keyFor(code: string, name: string): EntityKey {
    const split = this.choice === 'separate' && name !== '' && name !== this.firstName(code);
    return split ? `c:${code}\u0001${name}` : `c:${code}`;
  }

  /** First pass, in file order: every row that gives a code, so later rows find new coded records anywhere. */
  noteCoded(codeText: string, nameText: string, row: number): void {
    const code = matchKey(codeText);
    const name = matchKey(nameText);
    if (code === '' || this.existing(code, name)) return;
    let entry = this.newCodes.get(code);
    if (!entry) {
      entry = { code: codeText.trim(), names: new Map() };
      this.newCodes.set(code, entry);
    }
    if (name === '') return;
    const named = entry.names.get(name);
    if (named) named.rows.push(row);
    else entry.names.set(name, { name: nameText.trim(), rows: [row] });
    if (!this.newCodedNames.has(name)) this.newCodedNames.set(name, this.keyFor(code, name));
  }

  /** Every new code the file gives with more than one name, in the order the codes first appear. */
  codesWithNames(): CodeWithNames[] {
    return [...this.newCodes.values()]
      .filter((entry) => entry.names.size > 1)
      .map((entry) => ({ code: entry.code, names: [...entry.names.values()] }));
  }

  /** The name a new coded record gets under 'first' / 'latest'; null when its code has one name. */
  private chosenName(code: string): string | null {
    const entry = this.newCodes.get(code);
    if (!entry || entry.names.size < 2 || this.choice === 'separate') return null;
    const names = [...entry.names.values()];
    if (this.choice === 'first') return names[0]?.name ?? null;
    const lastRow = (n: { rows: number[] }) => n.rows[n.rows.length - 1] ?? 0;
    return names.reduce((a, b) => (lastRow(b) > lastRow(a) ? b : a)).name;
  }

  /** The code of a record split off by 'separate': the file's code with the first free suffix. */
  private variantCode(key: EntityKey, code: string): string {
    const known = this.variantCodes.get(key);
    if (known !== undefined) return known;
    const base = this.newCodes.get(code)?.code ?? code;
    for (let n = 2; ; n++) {
      const suffix = `-${n}`;
      const candidate = `${base.slice(0, CODE_MAX - suffix.length)}${suffix}`;
      const candidateKey = matchKey(candidate);
      if (this.byCode.has(candidateKey) || this.newCodes.has(candidateKey)) continue;
      if (this.usedVariants.has(candidateKey)) continue;
      this.usedVariants.add(candidateKey);
      this.variantCodes.set(key, candidate);
      return candidate;
    }
  }

  private newCoded(key: EntityKey, code: string, codeText: string, nameText: string, nameIsCode: boolean) {
    const split = key !== `c:${code}`;
    return {
      ok: true as const,
      key,
      isNew: true,
      nameIsCode,
      code: split ? this.variantCode(key, code) : codeText,
      name: nameIsCode ? '' : (this.chosenName(code) ?? nameText),
    };
  }

  /**
   * With a code: existing by code, existing by a name only one record has, else the new record with
   * that code. Without: the name cell may hold a code (existing by code, then name), then a new record
   * with that code or that name from elsewhere in the file, else a new record with that name.
   */
  resolve(codeText: string, nameText: string): Resolution {
    const code = matchKey(codeText);
    const name = matchKey(nameText);
    const existing = (found: { found: Known } | { ambiguous: true }): Resolution =>
      'found' in found
        ? { ok: true, key: `e:${found.found.id}`, isNew: false, nameIsCode: false, code: '', name: '' }
        : { ok: false, reason: 'ambiguous' };
    if (code !== '') {
      const found = this.existing(code, name);
      if (found) return existing(found);
      if (name === '' && this.firstName(code) === '') return { ok: false, reason: 'required' };
      return this.newCoded(this.keyFor(code, name), code, codeText, nameText, false);
    }
    if (name === '') return { ok: false, reason: 'required' };
    const found = this.existing(name, name, false);
    if (found) return existing(found);
    if (this.newCodes.has(name)) return this.newCoded(`c:${name}`, name, '', '', true);
    const coded = this.newCodedNames.get(name);
    if (coded !== undefined) {
      const codeKey = coded.slice(2).split('\u0001')[0] ?? '';
      return this.newCoded(coded, codeKey, '', nameText, false);
    }
    return { ok: true, key: `n:${name}`, isNew: true, nameIsCode: false, code: '', name: nameText };
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
