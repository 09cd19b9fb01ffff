// The sample office speaks the language the user chose: every piece of text is kept in both.

import type { Bilingual, TwoLanguages } from '../language';

export { type Bilingual, say } from '../language';

export type SampleLanguage = TwoLanguages;

/** `[zh, en]` pairs → Bilingual, to keep the word lists short to write. */
export const bilingual = (pairs: readonly (readonly [string, string])[]): Bilingual[] =>
  pairs.map(([zh, en]) => ({ zh, en }));
