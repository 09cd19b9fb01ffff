import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The e2e suite drives the built renderer (dist/), as the desktop app loads it. `npm run test:e2e`
// builds it first; running vitest directly on a clean clone needs `npx vite build` before.
export default function setup() {
  const index = join(import.meta.dirname, '../../dist/index.html');
  if (!existsSync(index)) throw new Error(`No built renderer at ${index}: run \`npx vite build\` first.`);
}
