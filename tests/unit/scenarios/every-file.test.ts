/**
 * Every scenario in scenarios/, the editor's new-scenario template and every fixture in tests/fixtures/ validates, and plays as it did:
 * the replay track and a fixed walk of free play (play-record.ts) match tests/fixtures/play-golden/.
 * The records of the files that existed before format 2 were written by the code of that time
 * (commit 9a4fdb6), so format 2 and its additions changed nothing in how they play. A change that
 * should change them: check the diff, then `npx vitest run tests/unit/scenarios/every-file.test.ts -u`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, formatProblem, loadScenario } from '../../../src/scenario/index.ts';
import { playRecord } from './play-record.ts';

const root = new URL('../../../', import.meta.url);
const yamlIn = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${dir}${name}`);
const files = [...yamlIn('scenarios/'), ...yamlIn('scenarios/templates/'), ...yamlIn('tests/fixtures/')];
const goldenOf = (file: string) => `../../fixtures/play-golden/${file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '.json')}`;

describe('every shipped scenario and fixture', () => {
  it('should find both shipped scenarios and the format fixtures, each with a record', () => {
    expect(files).toEqual(expect.arrayContaining(['scenarios/march-2019.yaml', 'scenarios/tutorial.yaml', 'tests/fixtures/engine-parties.yaml', 'tests/fixtures/time-zones.yaml']));
    const records = readdirSync(new URL('tests/fixtures/play-golden/', root)).sort();
    expect(records, 'one record a file: for a new file, run this test with -u and read the record it writes').toEqual(files.map((f) => goldenOf(f).split('/').at(-1)).sort());
  });

  it("should start a new author's draft in the current format version", () => {
    expect(readFileSync(new URL('scenarios/templates/new-scenario.yaml', root), 'utf8')).toMatch(new RegExp(`^format: ${FORMAT_VERSION}$`, 'm'));
  });

  it.each(files)('%s should validate and play as its record says', async (file) => {
    const result = loadScenario(readFileSync(new URL(file, root)), file);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    await expect(`${JSON.stringify(playRecord(result.scenario), null, 1)}\n`).toMatchFileSnapshot(goldenOf(file));
  });
});
