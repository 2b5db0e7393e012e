/**
 * The loader's problems placed in the text: its 1-based line and column become a range over the
 * token there (the whole first line for a problem of the file as a whole), so the editor underlines
 * exactly what `whn validate` points at.
 */
import type { Problem } from '../../../scenario/index.ts';

export interface PlacedProblem {
  readonly from: number;
  readonly to: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Start offsets of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** "path: what is wrong — how to fix it", as the CLI prints it after the place. */
export function problemText(problem: Problem): string {
  const head = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
  return problem.hint ? `${head} — ${problem.hint}` : head;
}

const TOKEN_END = /[\s,:\]}#]/;

export function placeProblems(text: string, problems: readonly Problem[], starts: readonly number[] = lineStarts(text)): PlacedProblem[] {
  return problems.map((problem) => {
    const severity = problem.severity === 'warning' ? 'warning' : 'error';
    const lineIndex = Math.min(Math.max(problem.line, 1), starts.length) - 1;
    const lineStart = starts[lineIndex] ?? 0;
    const lineEnd = lineIndex + 1 < starts.length ? (starts[lineIndex + 1] ?? text.length) - 1 : text.length;
    if (problem.line <= 0) return { from: lineStart, to: lineEnd, severity, message: problemText(problem), line: problem.line, column: problem.column };
    const from = Math.min(lineStart + Math.max(problem.column, 1) - 1, lineEnd);
    let to = from;
    while (to < lineEnd && !TOKEN_END.test(text[to] ?? ' ')) to++;
    // A quoted value or a key followed by ':' still gets a visible mark.
    if (to === from) to = Math.min(lineEnd, from + 1);
    return { from, to, severity, message: problemText(problem), line: problem.line, column: problem.column };
  });
}
