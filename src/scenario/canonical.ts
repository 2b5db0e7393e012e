/** Canonical JSON and the content hash of a scenario: key order and formatting never change it. */
import { sha256Hex } from './sha256.ts';

/** JSON with object keys sorted at every level, so reordering keys in a file gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(sorted, key, { value: sortKeys((value as Record<string, unknown>)[key]), enumerable: true });
    }
    return sorted;
  }
  return value;
}

/** sha-256 of the canonical JSON of a validated scenario, hex, first 16 characters (sessions refer to it). */
export function scenarioHash(data: unknown): string {
  return sha256Hex(canonicalJson(data)).slice(0, 16);
}
