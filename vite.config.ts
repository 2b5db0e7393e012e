/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { partOf } from './src/app/lib/words/parts.ts';
import { devRooms } from './scripts/dev-rooms.ts';

/**
 * Words catalogues (src/app/lib/words/catalogues/*.json) are compiled here, at import time: every
 * ICU message becomes its AST (a message that is plain text stays a string), so the app ships the
 * formatter without the ICU parser (~7 kB gzip) and a broken message fails the build or the test
 * run, naming its key. `?part=core` / `?part=lazy` keeps only that part's messages (words/parts.ts).
 * Runs in Vitest too, so tests read catalogues the way the app does.
 */
function icuCatalogues(): Plugin {
  return {
    name: 'whn:icu-catalogues',
    // Before the JSON plugin, and the result is a module of its own (moduleType), not JSON.
    enforce: 'pre',
    transform(code, id) {
      const [file = id, query = ''] = id.split('?');
      if (!/[\\/]catalogues[\\/][^\\/]+\.json$/.test(file)) return null;
      const part = new URLSearchParams(query).get('part');
      const messages = JSON.parse(code) as unknown;
      if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) this.error(`${file}: a catalogue is one JSON object of "key": "message" pairs.`);
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages as Record<string, unknown>)) {
        if (part !== null && partOf(key) !== part) continue;
        if (typeof message !== 'string') this.error(`${file}: message "${key}" is not a string.`);
        try {
          const ast = parse(message as string);
          const only = ast[0];
          compiled[key] = ast.length === 1 && only?.type === TYPE.literal ? only.value : ast.length === 0 ? '' : ast;
        } catch (error) {
          this.error(`${file}: message "${key}" is not valid ICU MessageFormat: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return { code: `export default ${JSON.stringify(compiled)};\n`, map: null, moduleType: 'js' };
    },
  };
}

/**
 * The built app's Content-Security-Policy: no inline script, no eval, nothing from other origins
 * (the rollout worker, the share-link codec and the exercise rooms are all same-origin). Only the
 * build gets it: Vite's dev server injects an inline refresh script of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'whn:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * colyseus.js decodes room messages with @colyseus/msgpackr, which probes for eval at load
 * (`new Function('')`) and, refused, decodes without it. Under the CSP that probe is a reported
 * violation on every device; msgpackr's own no-eval build swaps it for `new BlockedFunction('')`
 * (undefined, so it throws the same way without asking for eval), and so does this.
 */
function msgpackrWithoutEval(): Plugin {
  return {
    name: 'whn:msgpackr-without-eval',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@colyseus[\\/]msgpackr[\\/]unpack\.js$/.test(id.split('?')[0] ?? id)) return null;
      const probe = "new Function('')";
      if (!code.includes(probe)) this.error(`${id}: the eval probe "${probe}" is gone: check whether msgpackr still needs this plugin.`);
      return { code: code.replace(probe, "new BlockedFunction('')"), map: null };
    },
  };
}

export default defineConfig({
  plugins: [icuCatalogues(), react(), contentSecurityPolicy(), msgpackrWithoutEval(), devRooms()],
  resolve: {
    // The catalogues arrive precompiled (above): the formatter's parser would be dead weight.
    alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
