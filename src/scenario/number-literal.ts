/**
 * Numbers as written in a scenario. YAML 1.2 (the core schema) reads `0x1F` and `0o17` as
 * integers, `1e309` and `.inf` as infinity and `.nan` as not-a-number, and rounds integers past
 * 2^53 silently; a scenario has no use for any of them, so each is refused with what it was read
 * as. Everything else is read as YAML 1.2 says: `017` is 17, `-0` is 0, `NaN` (no dot) is text.
 */

export interface LiteralProblem {
  readonly message: string;
  readonly hint: string;
}

/** What is wrong with a number YAML read from `source`, or undefined when it is read exactly. */
export function numberLiteralProblem(value: number | bigint, source: string): LiteralProblem | undefined {
  const quoted = `or put it in quotes if it is text: "${source}"`;
  if (/^[-+]?0[xo]/i.test(source)) {
    const base = /^[-+]?0x/i.test(source) ? 'a hexadecimal' : 'an octal';
    return { message: `${source} is ${base} number (YAML reads it as ${String(value)}); numbers in a scenario are written in decimal`, hint: `write ${String(value)}, ${quoted}` };
  }
  const number = Number(value);
  if (Number.isNaN(number)) return { message: `${source} is "not a number"`, hint: `write a number, ${quoted}` };
  if (!Number.isFinite(number)) {
    return { message: `${source} is too large for a number (YAML reads it as ${number > 0 ? '' : 'minus '}infinity)`, hint: `write a number within the field's range, ${quoted}` };
  }
  if (Number.isInteger(number) && !Number.isSafeInteger(number) && /^[-+]?\d+$/.test(source)) {
    // Past 2^53 − 1 whole numbers are not all held: say what it would be read as only when that differs.
    const readAs = BigInt(number) === BigInt(source.replace(/^\+/, '')) ? '' : ` (it would be read as ${String(number)})`;
    return {
      message: `${source} is larger than a number holds exactly${readAs}`,
      // The field's own range is the one limit to state here (every numeric field has one, far below 2^53).
      hint: `write a number within the field's range, ${quoted}`,
    };
  }
  return undefined;
}
