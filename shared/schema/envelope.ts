import { z } from 'zod';

// Every synced record carries this envelope. `rev` is a hybrid-logical-clock string;
// `baseRev` is the rev this version was derived from, which lets a merge tell a fast-forward from a
// concurrent edit. Deletes are soft (`deleted: true`) so they can travel to other machines.
// Read in lower case, as device ids are (below): the device part names the same machine however written.
export const revSchema = z
  .string()
  .toLowerCase()
  .regex(/^\d{15}-\d{5}-.+$/, 'must be a rev (wall-counter-device)');

/**
 * A record's id, or a reference to one. Ids are compared as strings everywhere (indexes, references,
 * merges), so they are kept in one canonical case: lower, as new ids are written (renderer/db/record-id.ts). A file that
 * brings `…-00000000000A` then means the same record as `…-00000000000a`, never a second one.
 */
export const idSchema = z.uuid().toLowerCase();

/** A machine's device id, in the same canonical case (its own is a lower-case UUID). */
export const deviceIdSchema = z.string().toLowerCase().min(1).max(64);
export const isoDateTime = z.iso.datetime({ offset: true });
/**
 * The calendar dates any record may hold: a year like 1970 or 2999 is a typo or a broken clock, and a
 * package reader refuses it (shared/package/dates.ts), so no form or import may save one.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
export const isoDate = z.iso.date().refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, {
  message: `must be between ${EARLIEST_DATE} and ${LATEST_DATE}`,
  params: { code: 'field.dateRange' },
});

export const envelopeSchema = z.object({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  rev: revSchema,
  baseRev: revSchema.nullable(),
  deviceId: deviceIdSchema,
  deleted: z.boolean(),
});

export type Envelope = z.infer<typeof envelopeSchema>;
export type EnvelopeKey = keyof Envelope;

/**
 * The largest amount any money field may hold, in minor units: 90,000,000.00 in a two-decimal currency
 * (90 million yen in yen). A million orders at this total add up to 9 × 10^15, below 2^53 (about
 * 9.007 × 10^15), so every sum the app keeps or shows (the stats per status and day, an import's total,
 * a list's total) stays an exact integer. A larger figure is a typo or a hostile file.
 */
export const MONEY_MAX = 9_000_000_000;

/** Integer minor units (分 / cents), at most MONEY_MAX either way. Money is never a float. */
export const moneySchema = z.number().int().min(-MONEY_MAX).max(MONEY_MAX);

/**
 * Characters no text field may hold: NUL (which ends a string in C-based tools, so a viewer, an export
 * or a spreadsheet shows less than is stored) and a lone UTF-16 surrogate (half of a character: UTF-8
 * cannot encode it, so every CSV, workbook or page written from it shows U+FFFD instead of what is stored).
 */
const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const storable = (value: string) => !unstorable.test(value);
const storableCheck = {
  message: 'must not contain NUL or half a character',
  params: { code: 'field.characters' },
} as const;

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a name they
 * reverse or reorder whatever text the name is shown in (a machine named with U+202E turns the preview's
 * "from <name>: 3 new orders" around), and no one types them on purpose: names drop them.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (value: string) => value.replace(bidiControls, '');

/** A trimmed, non-empty, bounded piece of text a person typed. */
export const text = (max: number) => z.string().trim().min(1).max(max).refine(storable, storableCheck);
export const optionalText = (max: number) =>
  z.string().trim().max(max).refine(storable, storableCheck).default('');

/** A name (of a person, a customer, a product, a machine): text without bidirectional controls. */
export const nameText = (max: number) =>
  z.string().overwrite(withoutBidiControls).trim().min(1).max(max).refine(storable, storableCheck);
export const optionalNameText = (max: number) =>
  z.string().overwrite(withoutBidiControls).trim().max(max).refine(storable, storableCheck).default('');

/** How long a stored e-mail address may be. */
export const EMAIL_MAX = 120;

/**
 * An e-mail address a person typed, or nothing: only its shape is checked (name@domain.tld). Used by the
 * forms, not by the stored records: an address kept before the check existed, or brought by an import,
 * must not make a backup, a restore or an unrelated edit (a skill change) fail.
 */
export const optionalEmail = () =>
  optionalText(EMAIL_MAX).refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), {
    message: 'must be an e-mail address',
    params: { code: 'field.email' },
  });
