// Regenerates src/data/cameo-goldstein.json from the TSV (the cited source table).
// The JSON form exists so that the browser and Node import the same data without a loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCameoTsv } from '../src/scenario/cameo-tsv.ts';

const tsv = readFileSync(new URL('../src/data/cameo-goldstein.tsv', import.meta.url), 'utf8');
writeFileSync(
  new URL('../src/data/cameo-goldstein.json', import.meta.url),
  JSON.stringify(parseCameoTsv(tsv), null, 0) + '\n',
);
