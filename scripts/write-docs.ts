// Writes the generated parts of the docs: docs/cameo.md from src/data/cameo-goldstein.tsv, and the
// limits table of docs/scenario-format.md from the format's schema. Run `npm run docs` after
// changing either; tests/unit/scenario/cameo-doc.test.ts and limits-doc.test.ts check they agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCameoTsv } from '../src/scenario/cameo-tsv.ts';
import { scenarioJsonSchema } from '../src/scenario/json-schema.ts';
import { cameoMarkdown } from './cameo-doc.ts';
import { limitsMarkdown, withLimits } from './limits-doc.ts';

const at = (path: string) => new URL(`../${path}`, import.meta.url);

writeFileSync(at('docs/cameo.md'), cameoMarkdown(parseCameoTsv(readFileSync(at('src/data/cameo-goldstein.tsv'), 'utf8'))));
console.log('wrote docs/cameo.md');
const format = readFileSync(at('docs/scenario-format.md'), 'utf8');
writeFileSync(at('docs/scenario-format.md'), withLimits(format, limitsMarkdown(scenarioJsonSchema())));
console.log('wrote the limits table of docs/scenario-format.md');
