import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClock, formatRev } from '../../../shared/hlc';
import {
  adoptable,
  boundedBy,
  heldIn,
  type Known,
  mergeKnown,
  peerHoldings,
  peerMayLack,
  withOwn,
} from '../../../shared/merge/known';
import { mergeRecord } from '../../../shared/merge/merge-record';
import { nextVersion } from '../../../shared/merge/stamp';
import type { Envelope } from '../../../shared/schema/envelope';

// Three simulated machines create, edit, delete and exchange full, incremental and partial packages in
// random orders, with skewed clocks; after a final round of incremental exchanges all three must hold the
// same records. Machines use the real rules: the HLC, nextVersion (as the repositories stamp), mergeRecord
// and the Known vectors of incremental packages (claims weighed as renderer/db/package-import.ts does).
// A third machine may also lie in its vectors: the two honest ones must still converge.
// `SALESDESK_LONG=1 npm test` (npm run test:long) runs 10,000 cases instead of 1,000.

const RUNS = process.env.SALESDESK_LONG ? 10_000 : 1_000;
const TABLE = 'customers';

type Rec = Envelope & { value: number };

interface Machine {
  deviceId: string;
  clock: ReturnType<typeof createClock>;
  records: Map<string, Rec>;
  /** What it took from complete packages, as far as their records went. */
  known: Known;
  /** What it takes each peer to hold. */
  peers: Map<string, Known>;
  /** Per peer, the newest versions its packages brought. */
  shown: Map<string, Known>;
}

interface Package {
  from: string;
  records: Rec[];
  complete: boolean;
  known: Known;
}

type Op =
  | { op: 'create'; m: number }
  | { op: 'edit'; m: number; pick: number; value: number }
  | { op: 'remove'; m: number; pick: number }
  | { op: 'exchange'; from: number; to: number; mode: 'full' | 'incremental' | 'partial'; parity: number }
  | { op: 'tick'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), m: fc.nat(2) }),
  fc.record({ op: fc.constant('edit' as const), m: fc.nat(2), pick: fc.nat(50), value: fc.integer() }),
  fc.record({ op: fc.constant('remove' as const), m: fc.nat(2), pick: fc.nat(50) }),
  fc.record({
    op: fc.constant('exchange' as const),
    from: fc.nat(2),
    to: fc.nat(2),
    mode: fc.constantFrom('full' as const, 'incremental' as const, 'partial' as const),
    parity: fc.nat(1),
  }),
  fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 5_000 }) }),
);

function simulation(skews: number[]) {
  let time = Date.UTC(2026, 10, 28, 1);
  let created = 0;
  const at = () => new Date(time).toISOString();
  const machines: Machine[] = skews.map((skew, i) => {
    const deviceId = `machine-${'abc'[i]}`;
    return {
      deviceId,
      clock: createClock(deviceId, () => time + skew),
      records: new Map(),
      known: {},
      peers: new Map(),
      shown: new Map(),
    };
  });

  const write = (package_: Package, to: Machine) => {
    const kinds = new Map<string, string>();
    for (const incoming of package_.records) {
      to.clock.observe(incoming.rev);
      const decision = mergeRecord(to.records.get(incoming.id), incoming);
      if (decision.write) to.records.set(incoming.id, decision.winner);
      kinds.set(incoming.id, decision.kind);
    }
    const shown = heldIn(package_.records.map((r) => ({ table: TABLE, rev: r.rev })));
    if (package_.complete)
      to.known = mergeKnown(to.known, adoptable(package_.known, shown, to.deviceId), [TABLE]);
    const allShown = mergeKnown(to.shown.get(package_.from) ?? {}, shown);
    to.shown.set(package_.from, allShown);
    const previous = to.peers.get(package_.from) ?? {};
    to.peers.set(
      package_.from,
      peerHoldings(previous, package_.known, allShown, to.deviceId, to.clock.next()),
    );
    return kinds;
  };

  const pack = (
    from: Machine,
    to: Machine,
    mode: 'full' | 'incremental' | 'partial',
    parity = 0,
  ): Package => {
    const all = [...from.records.values()];
    const peer = from.peers.get(to.deviceId) ?? {};
    const records =
      mode === 'full'
        ? all
        : mode === 'incremental'
          ? all.filter((r) => peerMayLack(peer, TABLE, r.rev))
          : all.filter((r) => r.value % 2 === parity);
    return {
      from: from.deviceId,
      records: structuredClone(records),
      complete: mode !== 'partial',
      known: withOwn(
        boundedBy(from.known, heldIn(all.map((r) => ({ table: TABLE, rev: r.rev })))),
        [TABLE],
        from.deviceId,
        from.clock.next(),
      ),
    };
  };

  const run = (op: Op) => {
    switch (op.op) {
      case 'tick':
        time += op.ms;
        return;
      case 'create': {
        const m = machines[op.m] as Machine;
        const id = `00000000-0000-4000-8000-${String(++created).padStart(12, '0')}`;
        m.records.set(id, {
          id,
          createdAt: at(),
          updatedAt: at(),
          rev: m.clock.next(),
          baseRev: null,
          deviceId: m.deviceId,
          deleted: false,
          value: 0,
        });
        return;
      }
      case 'edit':
      case 'remove': {
        const m = machines[op.m] as Machine;
        const list = [...m.records.values()];
        if (list.length === 0) return;
        const existing = list[op.pick % list.length] as Rec;
        // Editing a deleted record brings it back (an edit after a deletion).
        const data = op.op === 'edit' ? { value: op.value, deleted: false } : { deleted: true };
        m.records.set(
          existing.id,
          nextVersion(existing, data, { clock: m.clock, deviceId: m.deviceId, at: at() }),
        );
        return;
      }
      case 'exchange': {
        if (op.from === op.to) return;
        const from = machines[op.from] as Machine;
        const to = machines[op.to] as Machine;
        write(pack(from, to, op.mode, op.parity), to);
        return;
      }
    }
  };
  const edit = (m: Machine, record: Rec, value: number) => {
    const next = nextVersion(
      record,
      { value, deleted: false },
      { clock: m.clock, deviceId: m.deviceId, at: at() },
    );
    m.records.set(record.id, next);
    return next;
  };
  return { machines, run, pack, write, edit };
}

const snapshot = (m: Machine) =>
  JSON.stringify([...m.records.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
const skewsArb = fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 3, maxLength: 3 });

describe('merging packages between three machines', () => {
  it('ends identical after any history, once everyone has exchanged incrementally', () => {
    fc.assert(
      fc.property(skewsArb, fc.array(opArb, { maxLength: 60 }), (skews, ops) => {
        const sim = simulation(skews);
        for (const op of ops) sim.run(op);
        const [a, b, c] = sim.machines as [Machine, Machine, Machine];
        // A → B → C → A → B: each ends holding everything.
        for (const [from, to] of [
          [a, b],
          [b, c],
          [c, a],
          [a, b],
        ] as const)
          sim.write(sim.pack(from, to, 'incremental'), to);
        expect(snapshot(b)).toBe(snapshot(a));
        expect(snapshot(c)).toBe(snapshot(a));
        // And every version anyone wrote last survives: the newest rev of each record everywhere.
        for (const record of a.records.values()) {
          for (const m of sim.machines) expect(m.records.get(record.id)?.rev).toBe(record.rev);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('edits made after receiving a record fast-forward back, however far the clocks disagree', () => {
    fc.assert(
      fc.property(
        skewsArb,
        fc.array(opArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (skews, ops, edits) => {
          const sim = simulation(skews);
          for (const op of ops) sim.run(op);
          const [a, b] = sim.machines as [Machine, Machine];
          sim.run({ op: 'create', m: 0 });
          sim.write(sim.pack(a, b, 'full'), b);
          // B edits a record it received (several times, as a person does); nobody else touches it.
          const target = [...b.records.values()].at(-1) as Rec;
          let last = target;
          for (let i = 1; i <= edits; i++) last = sim.edit(b, last, 1_000_000 + i);
          const kinds = sim.write(sim.pack(b, a, 'incremental'), a);
          expect(a.records.get(target.id)?.value).toBe(1_000_000 + edits);
          // Told as an update, not as a conflict: A's copy was the base of B's edits.
          expect(kinds.get(target.id)).toBe('updated');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('applying one package twice changes nothing the second time (idempotent)', () => {
    fc.assert(
      fc.property(skewsArb, fc.array(opArb, { maxLength: 40 }), (skews, ops) => {
        const sim = simulation(skews);
        for (const op of ops) sim.run(op);
        const [a, b] = sim.machines as [Machine, Machine];
        const package_ = sim.pack(a, b, 'full');
        sim.write(package_, b);
        const once = snapshot(b);
        sim.write(package_, b);
        expect(snapshot(b)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('two packages applied in either order give the same records (commutative)', () => {
    fc.assert(
      fc.property(skewsArb, fc.array(opArb, { maxLength: 40 }), (skews, ops) => {
        const sim = simulation(skews);
        for (const op of ops) sim.run(op);
        const [a, b, c] = sim.machines as [Machine, Machine, Machine];
        const fromA = sim.pack(a, c, 'full');
        const fromB = sim.pack(b, c, 'full');
        const copy = (): Machine => ({
          ...c,
          records: new Map(c.records),
          peers: new Map(c.peers),
          shown: new Map(c.shown),
        });
        const first = copy();
        sim.write(fromA, first);
        sim.write(fromB, first);
        const second = copy();
        sim.write(fromB, second);
        sim.write(fromA, second);
        expect(snapshot(second)).toBe(snapshot(first));
      }),
      { numRuns: RUNS },
    );
  });

  it('two honest machines converge while the third lies in its vectors ("seen everything", random revs)', () => {
    const devices = ['machine-a', 'machine-b', 'machine-c', 'machine-x'];
    const FAR = Date.UTC(2100, 11, 31);
    const lieArb: fc.Arbitrary<Known> = fc.oneof(
      fc.constant(
        Object.fromEntries(
          devices.map((d) => [`${TABLE}:${d}`, formatRev({ wall: FAR, counter: 99_999 }, d)]),
        ),
      ),
      fc
        .array(
          fc.record({
            d: fc.constantFrom(...devices),
            wall: fc.integer({ min: Date.UTC(2026, 10, 28), max: FAR }),
            counter: fc.integer({ min: 0, max: 99_999 }),
          }),
          { maxLength: 4 },
        )
        .map((entries) => Object.fromEntries(entries.map((e) => [`${TABLE}:${e.d}`, formatRev(e, e.d)]))),
    );
    const liarOpArb = fc.oneof(
      opArb,
      fc.record({
        op: fc.constant('lie' as const),
        to: fc.nat(1),
        mode: fc.constantFrom('full' as const, 'incremental' as const),
        known: lieArb,
      }),
    );
    fc.assert(
      fc.property(skewsArb, fc.array(liarOpArb, { maxLength: 60 }), (skews, ops) => {
        const sim = simulation(skews);
        const [a, b, c] = sim.machines as [Machine, Machine, Machine];
        for (const op of ops) {
          if (op.op !== 'lie') {
            // Complete packages only: a partial one leaves gaps in what its receiver holds, and a liar
            // that relays such a gap as complete can make it look held (see shared/merge/known.ts).
            // The liar sends only through 'lie'.
            if (op.op === 'exchange' && (op.from === 2 || op.mode === 'partial')) continue;
            sim.run(op);
            continue;
          }
          const to = sim.machines[op.to] as Machine;
          sim.write({ ...sim.pack(c, to, op.mode), known: op.known }, to);
        }
        // A → B → A → B, incrementally: the honest machines end identical.
        for (const [from, to] of [
          [a, b],
          [b, a],
          [a, b],
        ] as const)
          sim.write(sim.pack(from, to, 'incremental'), to);
        expect(snapshot(b)).toBe(snapshot(a));
        // Whatever the liar claimed to hold, a record made now still goes to it.
        sim.run({ op: 'create', m: 0 });
        const made = [...a.records.values()].at(-1) as Rec;
        expect(sim.pack(a, c, 'incremental').records.map((r) => r.id)).toContain(made.id);
      }),
      { numRuns: RUNS },
    );
  });
});
