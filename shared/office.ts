/** The office currency until the office profile lets the manager choose it (ISO 4217). */
export const DEFAULT_CURRENCY = 'CNY';
