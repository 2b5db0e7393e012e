/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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
 * The app works offline after one visit (issue 14): a Workbox service worker precaches every file
 * of the build — the page, every lazy chunk (the shipped scenarios, the CAMEO table inside the
 * engine, the lazily loaded catalogue part), both workers, the icons. `prompt`: a new version waits
 * until the user reloads (src/app/app/app-update.ts), so a running exercise is never reloaded
 * under the class. main.tsx registers it through `virtual:pwa-register` (no inline script, for the CSP).
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'no-eval.js'],
    manifest: {
      name: 'What Happens Next',
      short_name: 'What Next',
      description: 'Step through a diplomatic crisis move by move and see where it leads.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1b1f24',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is taken over at once (and, after the user's Reload, the reloaded one):
      // a new version still waits for Reload, as skipWaiting stays off.
      clientsClaim: true,
      // The charts chunk is the largest (~430 kB); the default limit (2 MiB) leaves room, this says so.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  plugins: [icuCatalogues(), react(), contentSecurityPolicy(), devRooms(), offline()],
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
    globalSetup: ['tests/build-cli.ts'],
    testTimeout: 30_000,
  },
});
