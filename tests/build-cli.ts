// Vitest global setup: tests run the built `whn` (dist-cli/, as users do after `npm ci`), so the
// build is redone first when a source it is made from is newer than it, or when it is missing.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src/cli', 'src/engine', 'src/scenario', 'src/data', 'vite.cli.config.ts', 'package-lock.json'];

function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stats.mtimeMs);
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist-cli/main.mjs')).mtimeMs;
  } catch {
    built = 0;
  }
  if (SOURCES.every((source) => newest(join(root, source)) < built)) return;
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
}
