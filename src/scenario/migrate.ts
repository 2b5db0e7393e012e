/**
 * Scenario format versions and the migration of older files on load.
 *
 * Format 2 is a superset of format 1, so a format-1 file migrates by taking the new version
 * number; nothing else moves. Its content hash stays the one it had under format 1 (sessions
 * and share links refer to it): `hashedAs` says which version number the hash is computed with.
 * Keys added in format 2 must therefore be optional with no zod default, or every format-1
 * file would gain them and change its hash (tests/unit/scenario/migrate.test.ts pins the
 * shipped hashes).
 */

/** The version this build writes and validates against. */
export const FORMAT_VERSION = 2;

/** Every version this build reads; older ones are migrated on load. */
export const READABLE_FORMATS: readonly number[] = [1, 2];

export type Migrated = {
  /** The file's content in the current format (a new top-level object; children are shared). */
  readonly value: unknown;
  /** The version the file declared, when it is one this build migrates; otherwise the current one. */
  readonly hashedAs: number;
};

/** Brings a parsed file of any readable version to the current format; anything else passes through untouched for the schema to report. */
export function migrate(value: unknown): Migrated {
  if (!isRecord(value) || value.format === FORMAT_VERSION || !READABLE_FORMATS.includes(value.format as number)) {
    return { value, hashedAs: FORMAT_VERSION };
  }
  return { value: { ...value, format: FORMAT_VERSION }, hashedAs: value.format as number };
}

/** The message for a `format` value this build cannot read. */
export const FORMAT_MESSAGE = `must be ${FORMAT_VERSION} (the scenario format version; files written for format ${READABLE_FORMATS.filter((v) => v !== FORMAT_VERSION).join(', ')} load too) — write format: ${FORMAT_VERSION}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
