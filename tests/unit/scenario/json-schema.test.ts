import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../src/scenario/index.ts';

describe('scenarios/scenario.schema.json', () => {
  it('should equal the schema generated from src/scenario/schema.ts (run `npm run schema` to update it)', () => {
    const committed = readFileSync(new URL('../../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed, 'scenarios/scenario.schema.json is stale: run `npm run schema`').toBe(scenarioJsonSchemaText());
  });

  it('should describe conditions recursively and leave defaulted keys optional for editors', () => {
    const schema = scenarioJsonSchema() as { required: string[]; definitions?: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(['actors', 'format', 'meta', 'moves', 'turns']);
    expect(JSON.stringify(schema)).toContain('"isNot"');
    expect(JSON.stringify(schema)).toMatch(/"\$ref":"#(\/definitions\/[^"]+)?"/);
  });
});
