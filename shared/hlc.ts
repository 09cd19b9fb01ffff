// Hybrid logical clock. A rev is a string that sorts as text in causal-then-wall-time order:
// `<wall ms, 15 digits>-<counter, 5 digits>-<device id>`. The device id breaks ties between machines,
// so two revs are never equal unless they name the same edit.
//
// The clock trusts another machine's time only so far: a rev whose wall time is more than a bounded skew
// ahead of this machine's clock is never adopted (a package carrying one is refused, package/reader.ts),
// otherwise one hostile or broken file would stamp every later local edit in the year 2100. And the
// counter never outgrows its five digits: past its maximum it carries into the wall time, one
// millisecond on, as HLC papers specify — a rev with a sixth digit would fail every rev check after it.

export interface HlcState {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;

/** The highest counter a rev can hold. */
export const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/** How far ahead of this machine's clock another machine's rev may be by default: a day. */
export const DEFAULT_MAX_SKEW_MS = 24 * 60 * 60 * 1000;

const REV = /^(\d{15})-(\d{5})-(.+)$/;

export function formatRev(state: HlcState, deviceId: string): string {
  if (!Number.isSafeInteger(state.wall) || state.wall < 0 || String(state.wall).length > WALL_DIGITS)
    throw new Error(`Not a rev wall time: ${state.wall}`);
  if (!Number.isSafeInteger(state.counter) || state.counter < 0 || state.counter > MAX_COUNTER)
    throw new Error(`Not a rev counter: ${state.counter}`);
  return `${String(state.wall).padStart(WALL_DIGITS, '0')}-${String(state.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

export function parseRev(rev: string): HlcState & { deviceId: string } {
  const match = REV.exec(rev);
  if (!match) throw new Error(`Not a rev: ${rev}`);
  return { wall: Number(match[1]), counter: Number(match[2]), deviceId: match[3] as string };
}

export const isRev = (value: string): boolean => REV.test(value);

/** Device ids in one canonical case, so `ABC` and `abc` are one machine wherever ids are compared. */
export const canonicalDeviceId = (deviceId: string) => deviceId.toLowerCase();

/** How many milliseconds a rev's wall time is beyond `now + maxSkewMs`; 0 when within the bound. */
export function revBeyondSkew(rev: string, now: number, maxSkewMs: number = DEFAULT_MAX_SKEW_MS): number {
  return Math.max(0, parseRev(rev).wall - (now + maxSkewMs));
}

/** A rev this machine may hold: well formed, and not beyond the skew bound of its clock. */
export const isTrustedRev = (rev: string, now: number, maxSkewMs: number = DEFAULT_MAX_SKEW_MS): boolean =>
  isRev(rev) && revBeyondSkew(rev, now, maxSkewMs) === 0;

/** The state after `state` at wall time `wall`: the counter counts on, carrying into the wall at its maximum. */
function tick(wall: number, counter: number): HlcState {
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter };
}

export interface ClockOptions {
  /** How far ahead of `now` an observed rev may be and still be adopted. */
  maxSkewMs?: number;
}

/** A clock for one device. `now` is injectable so tests can drive time. */
export function createClock(deviceId: string, now: () => number = Date.now, options: ClockOptions = {}) {
  const maxSkewMs = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  let state: HlcState = { wall: 0, counter: 0 };
  return {
    /** The next rev for a local edit: never goes backwards, even if the wall clock does. */
    next(): string {
      const wall = now();
      state = wall > state.wall ? { wall, counter: 0 } : tick(state.wall, state.counter + 1);
      return formatRev(state, deviceId);
    },
    /**
     * Fold in a rev seen from another machine so later local edits sort after it. A rev beyond the skew
     * bound (or not a rev at all) is not adopted: the answer is false and the clock is unchanged.
     */
    observe(rev: string): boolean {
      const at = now();
      if (!isRev(rev) || revBeyondSkew(rev, at, maxSkewMs) > 0) return false;
      const seen = parseRev(rev);
      const wall = Math.max(at, seen.wall, state.wall);
      const counter =
        wall === seen.wall && wall === state.wall
          ? Math.max(seen.counter, state.counter) + 1
          : wall === seen.wall
            ? seen.counter + 1
            : wall === state.wall
              ? state.counter + 1
              : 0;
      state = tick(wall, counter);
      return true;
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
