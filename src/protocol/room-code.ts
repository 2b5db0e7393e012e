/** Room and facilitator codes: short, read aloud and typed on a phone, from letters and digits nobody confuses. */

/** No 0/O, 1/I/L: a code copied from a projector is typed right the first time. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;
export const FACILITATOR_CODE_LENGTH = 8;

/** A code as typed ("abc-123 ", "ABC 123") in its one form, or null when it cannot be one. */
export function normalizeCode(text: string, length: number = ROOM_CODE_LENGTH): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== length) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}
