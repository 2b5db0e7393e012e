/**
 * Why a text is not an id (or an "actor.posture" reference), when the reason is one a reader
 * cannot see: capitals, an invisible character, a look-alike Unicode form of a letter. Ids are
 * plain lowercase ASCII, so "US", "us\u200b", "ｕｓ" and "us" can never be four different ids:
 * each of the first three is refused with the reason and the id it differs from.
 */
import { codePoint } from './text-guard.ts';

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const NON_ASCII = /[^\x20-\x7e]/u;

/**
 * `message` for a text that fails `pattern`, followed by the reason when a reader could not see
 * it ("must be an id, but it has capital letters; … — write 'us'").
 */
export function idMessage(text: unknown, pattern: RegExp, message: string): string {
  const reason = hiddenReason(text, pattern);
  const [what = message, fix = ''] = message.split(' — ');
  if (!reason) {
    const slug = typeof text === 'string' ? slugged(text) : '';
    return pattern.test(slug) && slug !== text ? `${what} — write '${slug}'` : message;
  }
  // The reason brings its own fix ("— write 'us'"), or the message's general one follows it.
  return `${what.replace(/:.*$/, '')}, but it ${reason}${reason.includes(' — ') || !fix ? '' : ` — ${fix}`}`;
}

/** "Withdraw Staff" → "withdraw-staff", part by part of a dotted reference; may still not be an id. */
function slugged(text: string): string {
  return text
    .split('.')
    .map((part) => part.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .join('.');
}

function hiddenReason(text: unknown, pattern: RegExp): string | undefined {
  if (typeof text !== 'string') return undefined;
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    const visible = text.replace(new RegExp(INVISIBLE.source, 'gu'), '');
    return `hides the invisible character ${codePoint(invisible[0])}${fixed(visible, pattern)}`;
  }
  const odd = NON_ASCII.exec(text);
  if (odd) {
    const char = odd[0];
    const folded = char.normalize('NFKC');
    if (!NON_ASCII.test(folded)) {
      return `uses ${codePoint(char)} '${char}', a look-alike (Unicode compatibility) form of '${folded}'; ids are plain ASCII${fixed(text.normalize('NFKC').toLowerCase(), pattern)}`;
    }
    if (/\p{M}/u.test(char)) {
      const joined = text.slice(0, odd.index + char.length).normalize('NFC').slice(-1);
      return `contains the combining mark ${codePoint(char)}, which joins the letter before it ('${joined}'); ids are plain ASCII letters, digits and hyphens — write the letter without the mark`;
    }
    return `contains ${codePoint(char)} '${char}'; ids are plain ASCII letters, digits and hyphens, so no accented letter, however it is encoded — write it in plain ASCII letters`;
  }
  if (text !== text.toLowerCase() && pattern.test(text.toLowerCase())) return `has capital letters; ids are lowercase, so this differs from '${text.toLowerCase()}' only by case — write '${text.toLowerCase()}'`;
  return undefined;
}

function fixed(candidate: string, pattern: RegExp): string {
  return pattern.test(candidate) ? ` — write '${candidate}'` : '';
}
