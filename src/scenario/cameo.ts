import table from '../data/cameo-goldstein.json' with { type: 'json' };
import type { CameoEntry } from './cameo-tsv.ts';

export type { CameoEntry } from './cameo-tsv.ts';

const byCode: ReadonlyMap<string, CameoEntry> = new Map(
  (table as CameoEntry[]).map((entry) => [entry.code, Object.freeze(entry)]),
);

/** The CAMEO entry for a code ("163"), or undefined when the code is not in the table. */
export function cameoEntry(code: string): CameoEntry | undefined {
  return byCode.get(code);
}

export function allCameoCodes(): readonly string[] {
  return [...byCode.keys()];
}
