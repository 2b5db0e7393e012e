/** `whn rollout --moves-file FILE`: the moves to play first, read from a file (a long path does not fit one argument). */
import { MAX_MOVES_FILE_BYTES, movesFromText, RolloutUsageError } from '../engine/rollout/index.ts';
import { decodeText } from '../scenario/decode.ts';
import type { Io } from './io.ts';
import { readError } from './read-scenario.ts';

const MB = `${MAX_MOVES_FILE_BYTES / 1024 / 1024} MB`;

/**
 * The moves of a moves file and the line of each: a regular file of at most MAX_MOVES_FILE_BYTES,
 * UTF-8 text. Throws RolloutUsageError saying what is wrong with the file, and where.
 */
export function readMovesFile(file: string, io: Io): { readonly moves: string[]; readonly lines: number[] } {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file, MAX_MOVES_FILE_BYTES);
  } catch (error) {
    const why = (error as { code?: unknown }).code === 'EFBIG' ? `it is over ${MB}` : readError(error);
    throw new RolloutUsageError(`--moves-file ${file}: cannot read the file (${why}); check the path and that it is a text file of move ids`);
  }
  if (bytes.length > MAX_MOVES_FILE_BYTES) throw new RolloutUsageError(`--moves-file ${file}: the file is over ${MB}; a moves file holds move ids only`);
  // The scenario files' decoder: UTF-8 only, no binary, with the line of the first bad byte.
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new RolloutUsageError(`${file} line ${decoded.line}: ${decoded.message}; save it as UTF-8 text with one move id per line`);
  // TextDecoder has already dropped a byte-order mark.
  return movesFromText(decoded.text, file);
}
