/** A problem found in a scenario file, located in the text, and how it prints. */

/** An error makes the file invalid; a warning is printed but the file still loads. */
export type Severity = 'error' | 'warning';

export interface Problem {
  readonly file: string;
  /** 1-based line of the offending node. */
  readonly line: number;
  /** 1-based column of the offending node. */
  readonly column: number;
  /** Where in the document, e.g. "moves[3].effects[0].set"; empty for the file as a whole. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  /** Absent: an error (problems made before warnings existed have none). */
  readonly severity?: Severity;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** ["moves", 3, "effects", 0, "set"] → "moves[3].effects[0].set". */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `file:line:column: path.in.document: what is wrong — how to fix it`, one line; a warning says so after the place. */
export function formatProblem(problem: Problem): string {
  const where = problem.path || '(document)';
  const text = problem.hint ? `${problem.message} — ${problem.hint}` : problem.message;
  const kind = problem.severity === 'warning' ? 'warning: ' : '';
  // A problem is one line even when a message quotes multi-line text from the file.
  return `${problem.file}:${problem.line}:${problem.column}: ${kind}${where}: ${text}`.replace(/\s*[\r\n]+\s*/g, ' ');
}
