import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Where a command writes and reads; tests pass their own to capture output. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The bytes of a regular file, at most `limit` + 1 of them (one past the limit says the file is
   * larger). Throws a Node error: ENOENT, EISDIR, ENOTREG for a device, pipe or socket (which
   * could be endless, like /dev/zero), EFBIG (with `size`) for a file known to be over `limit`.
   */
  readFile(path: string, limit: number): Uint8Array;
}

export const io: Io = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: readCapped,
};

function readCapped(path: string, limit: number): Uint8Array {
  // Looked at before opening: opening a pipe waits for a writer.
  checkRegular(statSync(path), path, limit);
  const fd = openSync(path, 'r');
  try {
    checkRegular(fstatSync(fd), path, limit);
    // The size may be wrong (files in /proc say 0) or change while reading: read to the end or one past the limit.
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function checkRegular(stats: { isFile(): boolean; isDirectory(): boolean; size: number }, path: string, limit: number): void {
  const fail = (code: string, message: string, extra: object = {}) => Object.assign(new Error(`${message}: ${path}`), { code, path, ...extra });
  if (stats.isDirectory()) throw fail('EISDIR', 'is a directory');
  if (!stats.isFile()) throw fail('ENOTREG', 'not a regular file');
  if (stats.size > limit) throw fail('EFBIG', 'too large', { size: stats.size });
}
