/**
 * Writing a share link: the session's JSON behind a checksum, lz-string-compressed into the URL
 * hash. No words and no decoder here, so a test running in Node can craft links exactly as the app writes them.
 */
import lzString from 'lz-string';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { SessionFile } from '../../../engine/session/index.ts';
import { SHARE_PREFIX } from './share-link-hash.ts';

/** Hex characters of the checksum at the start of the packed text. */
export const SUM_CHARS = 12;

/** The hash part (`#s=…`) of a link that restores `session`. */
export function encodeShareLink(session: SessionFile): string {
  const json = JSON.stringify(session);
  return SHARE_PREFIX + lzString.compressToEncodedURIComponent(checksum(json) + json);
}

export function checksum(json: string): string {
  return bytesToHex(sha256(utf8ToBytes(json))).slice(0, SUM_CHARS);
}
