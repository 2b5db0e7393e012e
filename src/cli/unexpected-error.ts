/**
 * The last resort of the command line: an error no command expected becomes one line that names
 * the command and the file, and asks for a report, instead of a stack trace. WHN_DEBUG=1 adds
 * the stack for whoever fixes it.
 */

export function unexpectedError(argv: readonly string[], file: string | undefined, error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const on = file === undefined ? 'before reading any file' : `on ${file}`;
  const line = `whn ${argv[0] ?? ''}: unexpected error ${on} (${what}) — this is a bug in whn; please report it with the file and the command: whn ${argv.join(' ')}`;
  const oneLine = line.replace(/\s*[\r\n]+\s*/g, ' ');
  const stack = process.env.WHN_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `${oneLine}${stack}`;
}
