import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraft, draftName, idbDrafts, memoryDrafts } from '../../../../../src/app/stores/drafts/index.ts';
import { draftDetails, draftIds } from '../../../../../src/app/stores/scenario-check/draft-details.ts';
import { checkDraft } from '../../../../../src/app/stores/scenario-check/draft-check-api.ts';
import { readFileSync } from 'node:fs';

const TEMPLATE = readFileSync(new URL('../../../../../scenarios/templates/new-scenario.yaml', import.meta.url), 'utf8');

describe('drafts store', () => {
  it('should keep a draft across a new connection to the database (a reload), newest first', async () => {
    const name = `drafts-${Math.random()}`;
    const first = await idbDrafts(name);
    const older = await createDraft('meta:\n  title: Older\n', 'Untitled', first);
    const newer = await createDraft(TEMPLATE, 'Untitled', first);
    await first.put({ ...older, updated: newer.updated - 1000 });
    const again = await idbDrafts(name);
    expect((await again.list()).map((d) => d.name)).toEqual(['My scenario', 'Older']);
    expect((await again.get(newer.id))?.text).toBe(TEMPLATE);
    await again.delete(older.id);
    expect((await again.list()).map((d) => d.id)).toEqual([newer.id]);
  });

  it('should hold drafts in memory where there is no IndexedDB', async () => {
    const store = memoryDrafts();
    const draft = await createDraft('x: 1', 'Untitled', store);
    expect(await store.get(draft.id)).toMatchObject({ name: 'Untitled', text: 'x: 1' });
  });

  it("should name a draft by its scenario's title as written, quotes and all", () => {
    expect(draftName("meta:\n  id: a\n  title: 'Tutorial: trouble'\n", 'Untitled')).toBe('Tutorial: trouble');
    expect(draftName('format: 1\n', 'Untitled')).toBe('Untitled');
  });
});

describe('draft details', () => {
  it('should read the ids of a draft that does not validate yet', () => {
    const broken = TEMPLATE.replace('    actor: south\n', '    actor: nobody\n');
    expect(draftIds(broken)).toMatchObject({ actors: ['north', 'south'], postures: ['north.border', 'south.talks'], levels: { 'south.talks': ['talking', 'suspended'] }, sources: ['s1'] });
    expect(draftIds('a: [unclosed').actors).toEqual([]);
  });

  it('should explore a valid draft as whn explore does', () => {
    const check = checkDraft();
    const result = check.check(TEMPLATE, 'draft.yaml');
    expect(result.problems).toEqual([]);
    const details = draftDetails(TEMPLATE, result.scenario);
    expect(details.explore).toMatchObject({ kind: 'report', report: { reachableStates: 4, terminalStates: 0, ok: true } });
    expect(details.ids.moves).toEqual(['raise-alert', 'stand-down', 'suspend-talks', 'resume-talks']);
  });

  it('should send a scenario to the page only when it changed', () => {
    const check = checkDraft();
    expect(check.check(TEMPLATE, 'draft.yaml').scenario).not.toBeNull();
    const again = check.check(`${TEMPLATE}\n`, 'draft.yaml');
    expect(again.scenario).toBeNull();
    expect(again.hash).not.toBeNull();
    expect(check.check(TEMPLATE.replace('name: Northland', 'name: North'), 'draft.yaml').scenario?.actors[0]?.name).toBe('North');
  });
});
