// docs/cameo.md lists the CAMEO table authors choose codes from; it must say what the loader uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameoMarkdown } from '../../../scripts/cameo-doc.ts';
import { goldsteinText } from '../../../src/scenario/cameo-explain.ts';
import { parseCameoTsv } from '../../../src/scenario/cameo-tsv.ts';
import { cameoEntry } from '../../../src/scenario/cameo.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const doc = read('docs/cameo.md');
const entries = parseCameoTsv(read('src/data/cameo-goldstein.tsv'));

describe('docs/cameo.md, the CAMEO table in the docs', () => {
  it('should be exactly what src/data/cameo-goldstein.tsv gives (run npm run docs after editing the TSV)', () => {
    expect(doc).toBe(cameoMarkdown(entries));
  });

  it('should list every code of the table the loader uses once, with its description and weight', () => {
    const rows = [...doc.matchAll(/^\| `(\d{2,4})` \| (.+) \| ([+−]?\d+\.\d) \|$/gm)].map(([, code, description, weight]) => ({ code, description, weight }));
    expect(rows).toHaveLength(entries.length);
    for (const row of rows) {
      const entry = cameoEntry(row.code as string);
      expect(entry, row.code).toBeDefined();
      expect(row.description).toBe(entry?.description);
      expect(Number((row.weight as string).replace('−', '-'))).toBe(entry?.goldstein);
    }
  });

  it('should tell apart the codes the issue found confused, asking for aid and promising it', () => {
    expect(doc).toContain('| `0233` | Appeal for humanitarian aid | +3.4 |');
    expect(doc).toContain('| `0333` | Express intent to provide humanitarian aid | +5.2 |');
  });

  it('should write weights signed, with one decimal and a true minus sign', () => {
    expect([goldsteinText(-8), goldsteinText(0), goldsteinText(3.4), goldsteinText(-0.1)]).toEqual(['−8.0', '0.0', '+3.4', '−0.1']);
  });

  it('should be linked from the scenario format reference', () => {
    expect(read('docs/scenario-format.md')).toContain('](cameo.md)');
  });
});
