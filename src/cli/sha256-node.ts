/** src/scenario/sha256.ts for the `whn` build (vite.cli.config.ts swaps it in): the same digest, from node:crypto. */
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
