import { describe, expect, it } from 'vitest';
import { createClock, formatRev, parseRev } from '../../../shared/hlc';

describe('hybrid logical clock', () => {
  it('issues strictly increasing revs that sort as text, even when the wall clock stands still or goes back', () => {
    const times = [1000, 1000, 999, 5000, 4000];
    const clock = createClock('dev-a', () => times.shift() ?? 0);
    const revs = Array.from({ length: 5 }, () => clock.next());
    expect([...revs].sort()).toEqual(revs);
    expect(new Set(revs).size).toBe(5);
  });

  it('sorts after a rev observed from another machine with a clock ahead of ours', () => {
    const clock = createClock('dev-a', () => 1000);
    const remote = formatRev({ wall: 9_000, counter: 3 }, 'dev-b');
    clock.observe(remote);
    expect(clock.next() > remote).toBe(true);
  });

  it('round-trips through parseRev and refuses garbage', () => {
    const rev = formatRev({ wall: 1_764_300_000_000, counter: 12 }, 'machine-1');
    expect(parseRev(rev)).toEqual({ wall: 1_764_300_000_000, counter: 12, deviceId: 'machine-1' });
    expect(() => parseRev('yesterday')).toThrow(/Not a rev/);
  });

  it('breaks ties between machines by device id, so two edits never compare equal', () => {
    const a = createClock('a', () => 7).next();
    const b = createClock('b', () => 7).next();
    expect(a).not.toBe(b);
    expect(a < b).toBe(true);
  });
});
