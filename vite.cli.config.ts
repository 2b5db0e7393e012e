import { defineConfig } from 'vite';

/**
 * The `whn` command line, built once (`npm run build:cli`, run by `prepare` on `npm ci`) into
 * dist-cli/ as plain ES modules for Node: no transpiling per call. Dependencies stay in
 * node_modules (an SSR build leaves them external); each command is a chunk of its own, loaded
 * when it runs (src/cli/main.ts imports them dynamically).
 */
export default defineConfig({
  // No public/ copying, no app plugins: only the CLI's sources.
  publicDir: false,
  logLevel: 'warn',
  // Dependencies are bundled in and tree-shaken: fewer files to resolve and less code to compile at start.
  ssr: { noExternal: true },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
  },
});
