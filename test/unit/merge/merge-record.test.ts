import { describe, expect, it } from 'vitest';
import { chooseLoser, mergeRecord } from '../../../shared/merge/merge-record';
import type { Envelope } from '../../../shared/schema/envelope';

const rev = (wall: number, device: string, counter = 0) =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(5, '0')}-${device}`;

function version(over: Partial<Envelope & { name: string }>): Envelope & { name: string } {
  return {
    id: '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    createdAt: '2026-11-28T01:00:00.000Z',
    updatedAt: '2026-11-28T01:00:00.000Z',
    rev: rev(1000, 'a'),
    baseRev: null,
    deviceId: 'a',
    deleted: false,
    name: '华信',
    ...over,
  };
}

describe('mergeRecord', () => {
  const base = version({});

  it('adds a record this machine does not have, tombstones too', () => {
    expect(mergeRecord(undefined, base)).toMatchObject({ kind: 'new', write: true, winner: base });
    const tomb = version({ deleted: true });
    expect(mergeRecord(undefined, tomb)).toMatchObject({ kind: 'new', write: true, winner: tomb });
  });

  it('leaves the same version alone', () => {
    expect(mergeRecord(base, { ...base })).toMatchObject({ kind: 'unchanged', write: false });
  });

  it('fast-forwards to a version derived from the local one', () => {
    const edited = version({ rev: rev(2000, 'b'), baseRev: base.rev, deviceId: 'b', name: '华信贸易' });
    expect(mergeRecord(base, edited)).toMatchObject({
      kind: 'updated',
      write: true,
      winner: edited,
      loser: null,
    });
    // …and the other way round it is already known.
    expect(mergeRecord(edited, base)).toMatchObject({ kind: 'unchanged', write: false, winner: edited });
  });

  it('fast-forwards along one machine’s own line of edits', () => {
    const later = version({ rev: rev(3000, 'a'), baseRev: null, name: '华信二' });
    expect(mergeRecord(base, later).kind).toBe('updated');
  });

  it('tells a deletion that travels', () => {
    const removed = version({ rev: rev(2000, 'b'), baseRev: base.rev, deviceId: 'b', deleted: true });
    expect(mergeRecord(base, removed)).toMatchObject({ kind: 'deleted', write: true });
  });

  it('resolves a concurrent edit by the newest rev and keeps the loser', () => {
    const mine = version({ rev: rev(2000, 'a'), baseRev: rev(500, 'c'), name: '本机' });
    const theirs = version({ rev: rev(2500, 'b'), baseRev: rev(500, 'c'), deviceId: 'b', name: '对方' });
    expect(mergeRecord(mine, theirs)).toMatchObject({
      kind: 'conflict',
      write: true,
      winner: theirs,
      loser: mine,
    });
    expect(mergeRecord(theirs, mine)).toMatchObject({
      kind: 'conflict',
      write: false,
      winner: theirs,
      loser: mine,
    });
  });

  it('keeps a record edited after its deletion elsewhere', () => {
    const removed = version({ rev: rev(2000, 'b'), baseRev: base.rev, deviceId: 'b', deleted: true });
    const edited = version({ rev: rev(3000, 'c'), baseRev: base.rev, deviceId: 'c', name: '改过' });
    expect(mergeRecord(removed, edited)).toMatchObject({ kind: 'conflict', winner: edited });
    expect(mergeRecord(edited, removed)).toMatchObject({ kind: 'conflict', winner: edited, write: false });
  });

  it('makes the chosen losing version a new edit that sorts after both', () => {
    const mine = version({ rev: rev(2000, 'a'), baseRev: rev(500, 'c'), name: '本机' });
    const theirs = version({ rev: rev(2500, 'b'), baseRev: rev(500, 'c'), deviceId: 'b', name: '对方' });
    const decision = mergeRecord(mine, theirs);
    const chosen = chooseLoser(
      decision,
      {
        rev: rev(2600, 'a'),
        deviceId: 'a',
        at: '2026-11-28T02:00:00.000Z',
      },
      theirs,
    );
    expect(chosen).toMatchObject({ name: '本机', rev: rev(2600, 'a'), baseRev: theirs.rev, deviceId: 'a' });
    // Elsewhere, the machine holding `theirs` fast-forwards to it.
    expect(mergeRecord(theirs, chosen).kind).toBe('updated');
    expect(() => chooseLoser(decision, { rev: rev(100, 'a'), deviceId: 'a', at: '' }, theirs)).toThrow();
  });

  it('keeping the incoming version that would lose also lets its sender fast-forward', () => {
    const mine = version({ rev: rev(3000, 'a'), baseRev: rev(500, 'c'), name: '本机' });
    const theirs = version({ rev: rev(2500, 'b'), baseRev: rev(500, 'c'), deviceId: 'b', name: '对方' });
    const decision = mergeRecord(mine, theirs);
    expect(decision).toMatchObject({ kind: 'conflict', winner: mine });
    const chosen = chooseLoser(decision, { rev: rev(3100, 'a'), deviceId: 'a', at: '' }, theirs);
    expect(chosen).toMatchObject({ name: '对方', baseRev: theirs.rev });
    expect(mergeRecord(theirs, chosen).kind).toBe('updated');
  });

  it('does not let a newer version claiming to be this machine’s own fast-forward over its edits', () => {
    // Machine 'a' holds its own edit; another machine sends a version stamped as if 'a' wrote it later.
    const mine = version({ rev: rev(2000, 'a'), baseRev: rev(1000, 'b'), name: '本机的修改' });
    const forged = version({ rev: rev(2100, 'a'), baseRev: rev(1000, 'b'), name: '冒充' });
    expect(mergeRecord(mine, forged).kind).toBe('updated');
    for (const self of ['a', 'A']) {
      expect(mergeRecord(mine, forged, self)).toMatchObject({
        kind: 'conflict',
        winner: forged,
        loser: mine,
      });
      // Claimed through the rev alone, or with this machine's version as its base: still ours, still a lie.
      const viaRev = { ...forged, deviceId: 'b', baseRev: mine.rev };
      expect(mergeRecord(mine, viaRev, self)).toMatchObject({ kind: 'conflict', loser: mine });
    }
    // Another machine's honest edit still fast-forwards, and our own older versions change nothing.
    const theirs = version({ rev: rev(2100, 'b'), baseRev: mine.rev, deviceId: 'b' });
    expect(mergeRecord(mine, theirs, 'a').kind).toBe('updated');
    expect(mergeRecord(mine, version({ rev: rev(1500, 'a') }), 'a').kind).toBe('unchanged');
  });
});
