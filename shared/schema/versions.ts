// The data's schema versions, dated constants (YYYYMMDD), newest last. The database (renderer/db/
// schema-versions.ts) has one entry for each; the main process reads packages and backups up to the
// latest, and no further.

export const V2026_11_28 = 20261128;
/** The duty matrix: absences and skill history; staff skills and duty cover filled in. */
export const V2026_12_01 = 20261201;

/** Shipped quantities: each order line keeps how much of it has gone out. */
export const V2026_12_03 = 20261203;

/** Live order numbers: an index of the numbers of orders not deleted, so lookups by number skip tombstones. */
export const V2026_12_04 = 20261204;

/**
 * Goals and the insight rollups: goals and their check-ins; every order keeps its milestones (recovered
 * from its timeline), and the aggregates gain per-day × person × milestone and per-month revenue keys.
 */
export const V2026_12_05 = 20261205;

/** Milestone keys: an index of each live order's milestones, so every dashboard figure opens its orders. */
export const V2026_12_06 = 20261206;

/**
 * Training: the course catalogue, plan templates, each person's training items, sessions with attendance
 * and career plans; a skill change may name the course that made it.
 */
export const V2026_12_07 = 20261207;

/**
 * Performance reviews: templates, cycles, each participant's review, feedback requests and their responses,
 * and rewards (all confidential: they travel only when the confidential areas are ticked).
 */
export const V2026_12_08 = 20261208;

/**
 * Office routines: meetings, their schedules and action items; risks and incidents; PDCA cycles; SOPs with
 * their versions and acknowledgements; team events; core values and recognitions; care records. The reason
 * and note of a sick leave move from the shared absence (now "away") to a confidential absence detail.
 */
export const V2026_12_09 = 20261209;

/**
 * Overdue counts from aggregates: the open orders with a due time per month and day they fall due, for the
 * team and each assignee (rules/due-buckets.ts), recomputed from the orders; no table or record changes.
 */
export const V2026_12_10 = 20261210;

/**
 * Due counts by the hour as well: the open orders with a due time per UTC hour they fall due, for the team
 * and each assignee, so "due today" and today's overdue count at most two hours' orders from the index
 * (rules/due-buckets.ts); recomputed from the orders, no table or record changes.
 */
export const V2026_12_11 = 20261211;

export const LATEST_SCHEMA_VERSION = V2026_12_11;
