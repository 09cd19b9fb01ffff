import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The e2e suite drives the built renderer (dist/), as the desktop app loads it, and seeds large offices
// through the benchmark page (dist-bench/, seedOffice). `npm run test:e2e` builds both first; running
// vitest directly on a clean clone needs `npx vite build && npx vite build --mode bench` before.
export default function setup() {
  for (const [dir, build] of [
    ['dist', 'npx vite build'],
    ['dist-bench', 'npx vite build --mode bench'],
  ]) {
    const index = join(import.meta.dirname, `../../${dir}/index.html`);
    if (!existsSync(index)) throw new Error(`No build at ${index}: run \`${build}\` first.`);
  }
}
