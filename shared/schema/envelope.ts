import { z } from 'zod';

// Every synced record carries this envelope. `rev` is a hybrid-logical-clock string;
// `baseRev` is the rev this version was derived from, which lets a merge tell a fast-forward from a
// concurrent edit. Deletes are soft (`deleted: true`) so they can travel to other machines.
export const revSchema = z.string().regex(/^\d{15}-\d{5}-.+$/, 'must be a rev (wall-counter-device)');
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
  id: z.uuid(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  rev: revSchema,
  baseRev: revSchema.nullable(),
  deviceId: z.string().min(1).max(64),
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

/** A trimmed, non-empty, bounded piece of text a person typed. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');

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
