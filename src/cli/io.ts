import { readFileSync } from 'node:fs';

/** Where a command writes and reads; tests pass their own to capture output. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Buffer;
}

export const io: Io = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFileSync(path),
};
