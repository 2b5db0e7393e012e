/**
 * A cheap look at how deeply a YAML text nests, before the real parser sees it.
 *
 * The `yaml` parser recurses: a few thousand nested `[` or `- - -` overflow its stack, and
 * two million of them take seconds or exhaust memory. This scan is linear and errs on the
 * side of counting too much; anything it lets through is nested at most a few hundred levels,
 * which the parser handles, and the tree conversion then enforces the real depth cap.
 */
import type { Position } from './problem.ts';

/** Far above any real scenario, far below what the parser survives (about 900 levels). */
export const MAX_SCAN_DEPTH = 200;

export function findExcessiveNesting(text: string): Position | undefined {
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  let indicators = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      indicators = 0;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    const previous = i > lineStart ? text[i - 1] : ' ';
    const tokenStart = previous === ' ' || previous === '\t' || previous === '[' || previous === '{' || previous === ',';
    if (atLineStart) {
      if (ch === ' ') {
        if (i - lineStart > MAX_SCAN_DEPTH * 4) return { line, column: i - lineStart + 1 };
        continue;
      }
      // Compact block collections nest on one line: "- - - x", "? ? x".
      if ((ch === '-' || ch === '?' || ch === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n' || i + 1 === text.length)) {
        if (++indicators > MAX_SCAN_DEPTH) return { line, column: i - lineStart + 1 };
        continue;
      }
      atLineStart = false;
    }
    if (ch === '#' && tokenStart) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if ((ch === '"' || ch === "'") && tokenStart) {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++flow > MAX_SCAN_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}
