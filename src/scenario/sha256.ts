/**
 * sha-256 of a text's UTF-8 bytes, as lowercase hex, in plain TypeScript (runs in the browser and
 * its workers). The `whn` build puts src/cli/sha256-node.ts in its place (vite.cli.config.ts):
 * the same digest from node:crypto, with no JavaScript hashing to warm up at every call.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
