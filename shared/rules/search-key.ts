import { pinyin } from 'pinyin-pro';

// Chinese names are found by what people type on a keyboard: full pinyin (`beijinghuaxin`) or the
// initials (`bjhx`) as well as the characters themselves. Each customer and product carries one
// lower-case search key, derived on write, so a search is a substring test with no pinyin work at query time.

const clean = (text: string) => text.toLowerCase().replace(/[\s\-_.,，。·()（）]/g, '');

export function searchKey(...parts: string[]): string {
  const text = parts.filter(Boolean).join(' ');
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials = syllables.map((s) => (/^[a-z]+$/.test(s) ? s[0] : s)).join('');
  return [clean(text), clean(syllables.join('')), clean(initials)].join('|');
}

/** Does a record's search key match what the user typed? Case, spaces and punctuation are ignored. */
export function matchesSearch(key: string, query: string): boolean {
  const q = clean(query);
  return q === '' || key.includes(q);
}
