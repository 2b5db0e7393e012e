/**
 * Telling a share link from another address, cheaply: the first page checks this on every start,
 * while the decoder (lz-string, the checksum) loads only when there is a link to open or make.
 */
export const SHARE_PREFIX = '#s=';

/** The session part of a URL hash, a whole URL, or a bare payload; null when there is none. */
export function extractPayload(input: string): string | null {
  const hashAt = input.indexOf('#');
  const hash = hashAt >= 0 ? input.slice(hashAt + 1) : input;
  for (const p of hash.split('&')) {
    if (p.startsWith('s=')) return p.slice(2);
  }
  return null;
}

/** Whether a URL hash looks like a share link (worth decoding and reporting on). */
export function isShareLink(hash: string): boolean {
  return extractPayload(hash) !== null;
}

/** The share-link codec, loaded on demand. */
export const loadShareLinks = () => import('./share-link.ts');
