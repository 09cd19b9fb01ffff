import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// One config, three builds:
// - default: the renderer (renderer/index.html) → dist/, served by app:// in Electron or any static server;
// - `--mode electron`: the main process and the sandboxed preload → dist-electron/;
// - `--mode bench`: the benchmark page (test/bench/) → dist-bench/, which imports the real renderer data layer.
export default defineConfig(({ mode }) => {
  if (mode === 'electron') {
    const external = [
      'electron',
      'electron-log',
      'electron-log/main',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ];
    // Main and preload are built as two environments, one entry each: with both entries in one build the
    // code they share (shared/ipc/contract.ts) becomes a separate chunk, and a sandboxed preload cannot
    // require() anything but 'electron', so the preload must be a single self-contained file.
    const entry = (name: 'main' | 'preload', emptyOutDir: boolean) => ({
      consumer: 'server' as const,
      build: {
        outDir: resolve(root, 'dist-electron'),
        emptyOutDir,
        target: 'node22',
        minify: false,
        sourcemap: true,
        ssr: true,
        rollupOptions: {
          external,
          input: { [name]: resolve(root, `electron/${name}.ts`) },
          // The preload runs sandboxed, where only CommonJS is allowed; main is CommonJS too for symmetry.
          output: { format: 'cjs' as const, entryFileNames: '[name].cjs' },
        },
      },
    });
    return {
      environments: { main: entry('main', true), preload: entry('preload', false) },
      builder: {
        buildApp: async (builder) => {
          // In order: main empties dist-electron/ first.
          for (const name of ['main', 'preload']) {
            const environment = builder.environments[name];
            if (!environment) throw new Error(`vite.config.ts: no ${name} environment`);
            await builder.build(environment);
          }
        },
      },
    };
  }
  if (mode === 'bench') {
    return {
      root: resolve(root, 'test/bench'),
      base: './',
      plugins: [react()],
      build: { outDir: resolve(root, 'dist-bench'), emptyOutDir: true, target: 'es2023' },
    };
  }
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      target: 'es2023',
      chunkSizeWarningLimit: 800,
    },
  };
});
