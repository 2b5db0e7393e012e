import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from '../../../src/data/cameo-goldstein.json';
import { cameoEntry } from '../../../src/scenario/cameo.ts';
import { parseCameoTsv } from '../../../src/scenario/cameo-tsv.ts';

describe('the CAMEO / Goldstein table', () => {
  it('should ship as JSON exactly as the cited TSV says (run scripts/write-cameo-json.ts after editing the TSV)', () => {
    const tsv = readFileSync('src/data/cameo-goldstein.tsv', 'utf8');
    expect(table).toEqual(parseCameoTsv(tsv));
    expect(table).toHaveLength(311);
  });

  it.each([
    ['163', -8, 4],
    ['161', -4, 4],
    ['150', -7.2, 4],
    ['0354', 7, 1],
  ])('should give code %s its Goldstein weight %d and quad class %d', (code, goldstein, quadClass) => {
    expect(cameoEntry(code)).toMatchObject({ goldstein, quadClass });
  });

  it('should know nothing of a code that is not in CAMEO', () => {
    expect(cameoEntry('999')).toBeUndefined();
  });
});
