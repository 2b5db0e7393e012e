/**
 * Reads parsed YAML that may not have passed the shape check, so the cross-reference checks
 * can run beside it: own properties only (never a prototype's `constructor` or `toString`),
 * and a value counts only when the schema's own piece for it accepts it.
 */
import type { z } from 'zod';

export type RawRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of a mapping; undefined for anything else. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function hasField(value: unknown, key: string): boolean {
  return isRecord(value) && Object.hasOwn(value, key);
}

/** Whether the schema accepts the value as it is; a type guard for the schema's output. */
export function wellFormed<S extends z.ZodType>(schema: S, value: unknown): value is z.output<S> {
  return value !== undefined && schema.safeParse(value).success;
}

/** A list as written, and whether it is all there (a list that is missing or not a list is not). */
export interface RawList {
  readonly items: readonly unknown[];
  readonly complete: boolean;
}

/** The list under `key`; a missing optional list (one with a default) is empty and complete. */
export function listAt(value: unknown, key: string, required: boolean): RawList {
  const list = field(value, key);
  if (Array.isArray(list)) return { items: list, complete: true };
  return { items: [], complete: !required && isRecord(value) && !hasField(value, key) };
}

/** The list under `key` when it is one, else no items (the shape check reports why). */
export function itemsAt(value: unknown, key: string): readonly unknown[] {
  const list = field(value, key);
  return Array.isArray(list) ? list : [];
}
