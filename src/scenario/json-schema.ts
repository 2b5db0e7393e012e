/** The scenario schema as JSON Schema, for editors (scenarios/scenario.schema.json). */
import { z } from 'zod';
import { READABLE_FORMATS } from './migrate.ts';
import { ScenarioSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  // Editors check files as written, before migration: every readable version is a valid `format`.
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  const { const: _current, ...format } = properties.format ?? {};
  return {
    ...schema,
    properties: { ...properties, format: { ...format, enum: [...READABLE_FORMATS] } },
    title: 'What Happens Next scenario',
    description: 'A crisis scenario: actors, postures, moves, turns, outcomes and a replay track. Reference: docs/scenario-format.md.',
  };
}

/** The file's exact text, so the committed copy can be compared byte for byte. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
