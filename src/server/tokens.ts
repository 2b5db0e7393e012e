/**
 * Codes and seat tokens. A seat token is "<device>.<secret>": 144 random bits the server keeps only
 * as a SHA-256 hash, so neither a guessed nor an edited token opens a seat, and the log on disk holds
 * no usable token.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from '../protocol/index.ts';

export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const randomId = (bytes = 9): string => randomBytes(bytes).toString('base64url');

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSeatToken(): { device: string; token: string; tokenHash: string } {
  const device = randomId();
  const secret = randomId(18);
  return { device, token: `${device}.${secret}`, tokenHash: hashSecret(secret) };
}

/** The device a token names, when its secret matches that device's hash; null otherwise. */
export function tokenDevice(token: string, hashOf: (device: string) => string | undefined): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const device = token.slice(0, dot);
  const expected = hashOf(device);
  if (expected === undefined) return null;
  const actual = Buffer.from(hashSecret(token.slice(dot + 1)), 'hex');
  return timingSafeEqual(actual, Buffer.from(expected, 'hex')) ? device : null;
}

/** Compares two codes in constant time. */
export function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(hashSecret(a), 'hex');
  const y = Buffer.from(hashSecret(b), 'hex');
  return timingSafeEqual(x, y);
}
