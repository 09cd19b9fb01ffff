// Hybrid logical clock. A rev is a string that sorts as text in causal-then-wall-time order:
// `<wall ms, 15 digits>-<counter, 5 digits>-<device id>`. The device id breaks ties between machines,
// so two revs are never equal unless they name the same edit.

export interface HlcState {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;

export function formatRev(state: HlcState, deviceId: string): string {
  return `${String(state.wall).padStart(WALL_DIGITS, '0')}-${String(state.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

export function parseRev(rev: string): HlcState & { deviceId: string } {
  const match = /^(\d{15})-(\d{5})-(.+)$/.exec(rev);
  if (!match) throw new Error(`Not a rev: ${rev}`);
  return { wall: Number(match[1]), counter: Number(match[2]), deviceId: match[3] as string };
}

/** A clock for one device. `now` is injectable so tests can drive time. */
export function createClock(deviceId: string, now: () => number = Date.now) {
  let state: HlcState = { wall: 0, counter: 0 };
  return {
    /** The next rev for a local edit: never goes backwards, even if the wall clock does. */
    next(): string {
      const wall = now();
      state = wall > state.wall ? { wall, counter: 0 } : { wall: state.wall, counter: state.counter + 1 };
      return formatRev(state, deviceId);
    },
    /** Fold in a rev seen from another machine so later local edits sort after it. */
    observe(rev: string): void {
      const seen = parseRev(rev);
      const wall = Math.max(now(), seen.wall, state.wall);
      const counter =
        wall === seen.wall && wall === state.wall
          ? Math.max(seen.counter, state.counter) + 1
          : wall === seen.wall
            ? seen.counter + 1
            : wall === state.wall
              ? state.counter + 1
              : 0;
      state = { wall, counter };
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
