/**
 * Share links: the whole session, lz-string-compressed into the URL hash (`#s=…`), so it
 * never reaches a server. A checksum inside the payload tells a damaged link from a valid one.
 */
import { parseSessionFile, sessionError, type Result, type SessionFile } from '../../../engine/session/index.ts';
import { decompressCapped } from './lz-capped.ts';
import { extractPayload } from './share-link-hash.ts';
import { checksum, SUM_CHARS } from './share-link-encode.ts';
import { currentT, currentWords } from '../../lib/words/index.ts';

// Storage has no language of its own: its messages are the catalogue's English (the app's default).
// Worded when it happens, in the language chosen then.
const t = currentT;

/** Far beyond any real session (a link of 50,000 steps is about 350 kB); checked before decompressing. */
export const MAX_LINK_CHARS = 4_000_000;
/**
 * What a link may decompress to: a session at the timeline's cap with a 2 MB scenario inside is
 * about 3 M characters (JSON-parsing and hashing that much stays under 200 ms). Decompression stops here, so a small hostile link cannot ask for gigabytes.
 */
export const MAX_LINK_TEXT_CHARS = 4_000_000;

export { encodeShareLink } from './share-link-encode.ts';

/**
 * Restores a session from a URL hash, a whole URL, or the bare payload. Never throws:
 * a cut-off, edited or foreign link gives `{ ok: false, error }`.
 */
export function decodeShareLink(hashOrUrl: string): Result<{ session: SessionFile }> {
  const payload = extractPayload(hashOrUrl);
  if (payload === null) return sessionError('corrupt', t('store.link.none'));
  if (payload.length === 0) return sessionError('truncated', t('store.link.empty'));
  if (payload.length > MAX_LINK_CHARS) return sessionError('too-large', t('store.link.tooLong'));
  const text = decompressCapped(payload, MAX_LINK_TEXT_CHARS);
  if (text === 'too-large') return sessionError('too-large', t('store.link.tooLarge', { chars: currentWords().format.number(MAX_LINK_TEXT_CHARS) }));
  const incomplete = sessionError(
    'truncated',
    t('store.link.incomplete'),
  );
  if (!text || text.length <= SUM_CHARS) return incomplete;
  const sum = text.slice(0, SUM_CHARS);
  const json = text.slice(SUM_CHARS);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return incomplete;
  }
  if (checksum(json) !== sum) {
    return sessionError('tampered', t('store.link.tampered'));
  }
  const parsed = parseSessionFile(data);
  if (!parsed.ok) return parsed;
  return { ok: true, session: parsed.session };
}
