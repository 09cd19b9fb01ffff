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
    const external = ['electron', 'electron-log', 'electron-log/main', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
    return {
      build: {
        outDir: resolve(root, 'dist-electron'),
        emptyOutDir: true,
        target: 'node22',
        minify: false,
        sourcemap: true,
        ssr: true,
        rollupOptions: {
          external,
          input: {
            main: resolve(root, 'electron/main.ts'),
            preload: resolve(root, 'electron/preload.ts'),
          },
          // The preload runs sandboxed, where only CommonJS is allowed; main is CommonJS too for symmetry.
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
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
