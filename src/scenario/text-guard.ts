/**
 * Text a scenario may not hold, wherever it stands (a label, narration, a key, a source): what
 * would change how other text looks on screen, and addresses that run code. Refused rather than
 * cleaned, so what the author wrote is what players see (docs/scenario-format.md, Conventions).
 */

/** No writing system stacks more on one character; "Zalgo" text stacks dozens, drawing over what is around it. */
export const MAX_COMBINING_MARKS = 6;

export interface TextProblem {
  /** Index in the text of what is wrong. */
  readonly index: number;
  readonly message: string;
  readonly hint: string;
}

/** Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder the text after them. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const MARK_RUN = new RegExp(`[\\p{Mn}\\p{Me}]{${MAX_COMBINING_MARKS + 1},}`, 'u');
/** Letters of a scheme may be split by spaces or invisible characters; a URL parser drops them. */
const SCRIPT_SCHEME = /(?:^|[^a-z0-9+.-])((?:j[\s\p{Cf}]*a[\s\p{Cf}]*v[\s\p{Cf}]*a|v[\s\p{Cf}]*b)[\s\p{Cf}]*s[\s\p{Cf}]*c[\s\p{Cf}]*r[\s\p{Cf}]*i[\s\p{Cf}]*p[\s\p{Cf}]*t[\s\p{Cf}]*:)/iu;
/** `data:` followed by a media type or straight by its comma: "data:text/html,…", "data:,…" (not prose such as "data: 3 points"). */
const DATA_URL = /(?:^|[^a-z0-9+.-])(data:[\w.+-]*(?:\/[\w.+-]+)?[;,])/iu;

/** ASCII with no colon: none of the patterns below can match (each needs a character past ASCII or a ":"). */
const PLAIN = /^[^\u0080-\uffff:]*$/;

export function textProblem(text: string): TextProblem | undefined {
  // Most texts are ids, labels and prose in ASCII: one quick look clears them.
  if (PLAIN.test(text)) return undefined;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    return {
      index: bidi.index,
      message: `the text contains the bidirectional control ${codePoint(bidi[0])}, which reorders the text after it on screen`,
      hint: 'remove it; right-to-left text shows correctly without control characters',
    };
  }
  const marks = MARK_RUN.exec(text);
  if (marks) {
    return {
      index: Math.max(0, marks.index - 1),
      message: `the text stacks ${[...marks[0]].length} combining marks on one character, more than the ${MAX_COMBINING_MARKS} any writing system needs; they draw over the text around it`,
      hint: 'remove the extra marks',
    };
  }
  for (const pattern of [SCRIPT_SCHEME, DATA_URL]) {
    const found = pattern.exec(text);
    if (found) {
      const scheme = (found[1] ?? '').replace(/[\s\p{Cf}]/gu, '').replace(/:.*$/, ':').toLowerCase();
      return {
        index: found.index + found[0].length - (found[1] ?? '').length,
        message: `the text contains a ${scheme} address, which could run code or hide content when opened`,
        hint: 'a scenario links only to http:// and https:// addresses; remove it',
      };
    }
  }
  return undefined;
}

/** "U+202E": how messages name a character the reader may not see. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
