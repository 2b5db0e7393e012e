import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameoAt, completionsAt, type CompletionData } from '../../../../../src/app/features/editor/completion-source.ts';
import { ITEM, yamlContext } from '../../../../../src/app/features/editor/yaml-context.ts';
import { draftIds } from '../../../../../src/app/stores/scenario-check/draft-details.ts';
import { scenarioJsonSchema } from '../../../../../src/scenario/json-schema.ts';

const TEMPLATE = readFileSync(new URL('../../../../../scenarios/templates/new-scenario.yaml', import.meta.url), 'utf8');
const labels = { required: 'required', actor: 'actor', posture: 'posture', move: 'move', source: 'source' };
const data: CompletionData = { schema: scenarioJsonSchema(), ids: draftIds(TEMPLATE), labels };

/** The offers where `|` stands in `text`. */
function offersAt(marked: string) {
  const pos = marked.indexOf('|');
  const text = marked.slice(0, pos) + marked.slice(pos + 1);
  return completionsAt(text, pos, data);
}
const labelsAt = (marked: string) => offersAt(marked)?.options.map((o) => o.label) ?? [];

describe('yamlContext', () => {
  it('should find the path of a key in a list item under a key', () => {
    const text = 'moves:\n  - id: a\n    actor: us\n    requires:\n      pos';
    expect(yamlContext(text, text.length)).toMatchObject({ kind: 'key', path: ['moves', ITEM, 'requires'], typed: 'pos' });
  });

  it('should read a second item as a sibling of the first, not a child', () => {
    const text = 'moves:\n  - id: a\n    cameo: "010"\n  - id: b\n    ac';
    expect(yamlContext(text, text.length)).toMatchObject({ kind: 'key', path: ['moves', ITEM], typed: 'ac' });
  });

  it('should see the value of a key inside a flow mapping', () => {
    const line = '    requires: { posture: north.border, is: ca';
    expect(yamlContext(`moves:\n  - id: a\n${line}`, `moves:\n  - id: a\n${line}`.length)).toMatchObject({ kind: 'value', key: 'is', typed: 'ca', path: ['moves', ITEM, 'requires'] });
  });

  it('should offer nothing inside a comment', () => {
    expect(yamlContext('# act', 5)).toBeNull();
  });
});

describe('completionsAt', () => {
  it('should offer the top-level keys of the format, read from its schema', () => {
    expect(labelsAt('|')).toEqual(expect.arrayContaining(['format', 'meta', 'actors', 'moves', 'turns', 'outcomes', 'replay']));
  });

  it('should offer the keys of a move, with the required ones marked', () => {
    const offers = offersAt('moves:\n  - id: a\n    |');
    const labelsOf = offers?.options.map((o) => o.label) ?? [];
    expect(labelsOf).toEqual(expect.arrayContaining(['actor', 'label', 'requires', 'effects', 'cameo', 'propensity']));
    expect(offers?.options.find((o) => o.label === 'actor')).toMatchObject({ detail: 'required', apply: 'actor: ' });
  });

  it("should offer the draft's own actors, postures and moves where a key names one", () => {
    expect(labelsAt('moves:\n  - id: a\n    actor: |')).toEqual(['north', 'south']);
    expect(labelsAt('moves:\n  - id: a\n    requires: { posture: |')).toEqual(['north.border', 'south.talks']);
    expect(labelsAt('replay:\n  - date: "2030-01-02"\n    move: r|')).toEqual(['raise-alert', 'stand-down', 'suspend-talks', 'resume-talks']);
  });

  it('should offer the levels of the posture named on the same line', () => {
    expect(labelsAt('    requires: { posture: south.talks, is: |')).toEqual(['talking', 'suspended']);
  });

  it('should offer source ids in a flow list and in a block list', () => {
    expect(labelsAt('moves:\n  - id: a\n    sources: [|')).toEqual(['s1']);
    expect(labelsAt('replay:\n  - move: a\n    sources:\n      - |')).toEqual(['s1']);
  });

  it('should offer CAMEO codes with their description and Goldstein weight', () => {
    const offers = offersAt('moves:\n  - id: a\n    cameo: "16|');
    const sanction = offers?.options.find((o) => o.label === '163');
    expect(sanction?.detail).toMatch(/^-8 · Impose embargo, boycott, or sanctions$/);
    expect(offers?.from).toBe('moves:\n  - id: a\n    cameo: "'.length);
  });

  it('should offer the fixed values the schema allows', () => {
    expect(labelsAt('turns:\n  mode: |')).toEqual(['alternating', 'free']);
  });
});

describe('cameoAt', () => {
  it('should find the code under the column of a cameo line, and nothing beside it', () => {
    const line = "    cameo: '163'";
    expect(cameoAt(line, line.indexOf('163') + 1)).toBe('163');
    expect(cameoAt(line, 4)).toBeNull();
    expect(cameoAt('    label: 163', 12)).toBeNull();
  });
});
