// Overdue counts that do not count orders. Time passing makes an order overdue without any write, so no
// aggregate can hold "overdue" itself; what a write can keep is how many open orders fall due in each month
// and each day (by the due instant's UTC calendar, as the instant is stored), for the team and for each
// assignee. Overdue at `now` is then the rows of the months before now's month, the rows of now's month's
// days before now's day, and an index count of only the orders due today before now: at most a few dozen
// rows and one day's due orders, however many orders the office holds. (Counting the overdue orders in the
// [open+dueKey] index took about 2 s at a million orders.)
//
//   om:<YYYY-MM>               open orders with a due time, by the month they fall due
//   od:<YYYY-MM-DD>            the same by day
//   pm:<assignee>:<YYYY-MM>    per assignee (`-` for nobody), by month
//   pd:<assignee>:<YYYY-MM-DD> per assignee, by day

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

/** The keys an open order with a due time counts on (its due instant from dueInstant). */
export function dueBucketKeys(instant: string, assigneeKey: string): string[] {
  const month = instant.slice(0, 7);
  const day = instant.slice(0, 10);
  return [`om:${month}`, `od:${day}`, `pm:${assigneeKey}:${month}`, `pd:${assigneeKey}:${day}`];
}

/**
 * What to sum for the orders due before `now` (an ISO instant), for the team or one assignee: the key
 * ranges of the earlier months and of this month's earlier days (each [from, to), to excluded), and the
 * start of today (UTC), from which the orders due before now are counted in the index.
 */
export function overdueParts(now: string, assigneeKey?: string) {
  const month = now.slice(0, 7);
  const day = now.slice(0, 10);
  const [m, d] = assigneeKey === undefined ? ['om:', 'od:'] : [`pm:${assigneeKey}:`, `pd:${assigneeKey}:`];
  return {
    months: [m, `${m}${month}`] as const,
    days: [`${d}${month}`, `${d}${day}`] as const,
    todayFrom: day,
  };
}
