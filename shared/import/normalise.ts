// Text normalisation for matching what people type against what is stored.

/** Full-width → half-width (ＡＢＣ１２３，→ ABC123,), ideographic space → space, trimmed, spaces collapsed. */
export function normaliseWidth(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Key for "the same name": width-normalised and case-insensitive (customers, products, codes). */
export function matchKey(text: string): string {
  return normaliseWidth(text).toLocaleLowerCase('en');
}

/** Key for "the same external order number": width-normalised, upper-case, no inner spaces. */
export function normaliseOrderNumber(text: string): string {
  return normaliseWidth(text).replace(/\s+/g, '').toUpperCase();
}
