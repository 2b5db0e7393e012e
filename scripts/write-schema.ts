// Writes scenarios/scenario.schema.json from the zod schema (src/scenario/schema.ts), so
// editors can autocomplete and check scenario files. Run `npm run schema` after changing it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/scenario/json-schema.ts';

const target = new URL('../scenarios/scenario.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target.pathname}`);
