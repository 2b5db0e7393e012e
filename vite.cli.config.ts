import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The `whn` command line, built once (`npm run build:cli`, run by `prepare` on `npm ci`) into
 * dist-cli/ as plain ES modules for Node: no transpiling per call. Dependencies stay in
 * node_modules (an SSR build leaves them external); each command is a chunk of its own, loaded
 * when it runs (src/cli/main.ts imports them dynamically).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Modules the CLI build replaces with a Node version that gives the same results faster at start-up. */
const NODE_VERSIONS: Readonly<Record<string, string>> = {
  [here('src/scenario/sha256.ts')]: here('src/cli/sha256-node.ts'),
};

function nodeVersions(): Plugin {
  return {
    name: 'whn-node-versions',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? (NODE_VERSIONS[resolved.id] ?? null) : null;
    },
  };
}

export default defineConfig({
  plugins: [nodeVersions()],
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
