/** The scenario schema as JSON Schema, for editors (scenarios/scenario.schema.json). */
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  return {
    ...schema,
    title: 'What Happens Next scenario',
    description: 'A crisis scenario: actors, postures, moves, turns, outcomes and a replay track. Reference: docs/scenario-format.md.',
  };
}

/** The file's exact text, so the committed copy can be compared byte for byte. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
