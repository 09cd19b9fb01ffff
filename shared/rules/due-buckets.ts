// Due counts that do not count orders. Time passing makes an order overdue (or due today) without any
// write, so no aggregate can hold "overdue" itself; what a write can keep is how many open orders fall due
// in each month, day and hour (by the due instant's UTC calendar, as the instant is stored), for the team
// and for each assignee. The open orders due in any window of time are then the rows of the whole months,
// days and hours inside it, and an index count of only the part-hours at its ends: a few dozen rows and at
// most two hours' due orders, however many orders the office holds. (Counting the overdue orders in the
// [open+dueKey] index took about 2 s at a million orders; today's due orders alone, 60 ms.)
//
//   om:<YYYY-MM>                  open orders with a due time, by the month they fall due
//   od:<YYYY-MM-DD>               the same by day
//   oh:<YYYY-MM-DDTHH>            the same by hour
//   pm:<assignee>:<YYYY-MM>       per assignee (`-` for nobody), by month
//   pd:<assignee>:<YYYY-MM-DD>    per assignee, by day
//   ph:<assignee>:<YYYY-MM-DDTHH> per assignee, by hour

/**
 * A due time as the instant the indexes sort by: `…Z` (a time written with an offset sorts as its UTC). One
 * whose instant leaves the four-digit years (9999-12-31T23:00-05:00) keeps its own text, which sorts last,
 * rather than `+010000-…`, which would sort before every date and count as overdue.
 */
export function dueInstant(dueAt: string): string {
  const time = Date.parse(dueAt);
  if (Number.isNaN(time)) return dueAt;
  const instant = new Date(time).toISOString();
  return /^\d{4}-/.test(instant) ? instant : dueAt;
}

const month = (instant: string) => instant.slice(0, 7);
const day = (instant: string) => instant.slice(0, 10);
const hour = (instant: string) => instant.slice(0, 13);

/** The keys an open order with a due time counts on (its due instant from dueInstant). */
export function dueBucketKeys(instant: string, assigneeKey: string): string[] {
  return [
    `om:${month(instant)}`,
    `od:${day(instant)}`,
    `oh:${hour(instant)}`,
    `pm:${assigneeKey}:${month(instant)}`,
    `pd:${assigneeKey}:${day(instant)}`,
    `ph:${assigneeKey}:${hour(instant)}`,
  ];
}

/** What to add up for one window of due times: bucket key ranges, and due-key ranges counted in the index. */
export interface DueSpans {
  /** Stats key ranges [from, to) whose rows' counts are summed. */
  buckets: [string, string][];
  /** Due-key ranges [from, to) whose open orders are counted in the index. */
  index: [string, string][];
}

const HOUR = 3_600_000;
/** The start of the UTC hour an instant falls in, as an instant. */
const hourStart = (instant: string) => `${hour(instant)}:00:00.000Z`;
/** The first whole-hour instant at or after `instant`. */
const hourCeiling = (instant: string) => {
  const start = hourStart(instant);
  return start === instant ? start : new Date(Date.parse(start) + HOUR).toISOString();
};

// Bound suffix: '~' sorts after every digit, '-' and 'T', so `od:2026-12-04~` is the first key after that
// day's and `oh:2026-12-04~` the first after its hours.
const AFTER = '~';

/**
 * The open orders due in [from, to) — `from` null for "ever before `to`" (overdue) — as whole months, days
 * and hours from the buckets, and the part-hours at either end from the index. Both ends are ISO
 * date-times (any offset); for the team, or for one assignee.
 */
export function dueSpans(from: string | null, to: string, assigneeKey?: string): DueSpans {
  // Read as the instants the keys hold (`…T09:30:00.000Z`): `…T17:30+08:00` or a time without its
  // milliseconds would otherwise be sliced as the wrong hour or compared a character short.
  return spansOf(from === null ? null : dueInstant(from), dueInstant(to), assigneeKey);
}

function spansOf(from: string | null, to: string, assigneeKey?: string): DueSpans {
  const [m, d, h] =
    assigneeKey === undefined
      ? ['om:', 'od:', 'oh:']
      : ['pm:', 'pd:', 'ph:'].map((p) => `${p}${assigneeKey}:`);
  const spans: DueSpans = { buckets: [], index: [] };
  const end = hourStart(to);
  if (from !== null && from >= end) {
    if (from < to) spans.index.push([from, to]);
    return spans;
  }
  if (end < to) spans.index.push([end, to]);
  if (from === null) {
    spans.buckets.push([m as string, `${m}${month(end)}`], [`${d}${month(end)}`, `${d}${day(end)}`]);
  } else {
    const start = hourCeiling(from);
    if (from < start) spans.index.push([from, start]);
    if (day(start) === day(end)) {
      spans.buckets.push([`${h}${hour(start)}`, `${h}${hour(end)}`]);
      return tidy(spans);
    }
    // The rest of start's day by hour, then whole days and months up to end's day.
    spans.buckets.push([`${h}${hour(start)}`, `${h}${day(start)}${AFTER}`]);
    if (month(start) === month(end)) spans.buckets.push([`${d}${day(start)}${AFTER}`, `${d}${day(end)}`]);
    else
      spans.buckets.push(
        [`${d}${day(start)}${AFTER}`, `${d}${month(start)}${AFTER}`],
        [`${m}${month(start)}${AFTER}`, `${m}${month(end)}`],
        [`${d}${month(end)}`, `${d}${day(end)}`],
      );
  }
  // End's day up to its hour.
  spans.buckets.push([`${h}${day(end)}`, `${h}${hour(end)}`]);
  return tidy(spans);
}

/** Empty ranges dropped (IndexedDB refuses a range whose lower bound is above its upper). */
function tidy(spans: DueSpans): DueSpans {
  return { buckets: spans.buckets.filter(([a, b]) => a < b), index: spans.index.filter(([a, b]) => a < b) };
}
