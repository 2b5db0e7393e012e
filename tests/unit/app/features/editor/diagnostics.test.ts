import { describe, expect, it } from 'vitest';
import { placeProblems, problemText } from '../../../../../src/app/features/editor/diagnostics.ts';
import { loadScenario, type Problem } from '../../../../../src/scenario/index.ts';
import { readFileSync } from 'node:fs';

const TEMPLATE = readFileSync(new URL('../../../../../scenarios/templates/new-scenario.yaml', import.meta.url), 'utf8');
const problem = (line: number, column: number, extra: Partial<Problem> = {}): Problem => ({ file: 'd.yaml', line, column, path: 'x', message: 'is wrong', ...extra });

describe('placeProblems', () => {
  it("should put the loader's line and column on the token there", () => {
    const text = 'a: 1\nmoves:\n  - actor: nobody\n';
    const [placed] = placeProblems(text, [problem(3, 12)]);
    expect(text.slice(placed?.from, placed?.to)).toBe('nobody');
    expect(placed).toMatchObject({ line: 3, column: 12, severity: 'error' });
  });

  it('should mark the whole first line for a problem of the file as a whole, and keep warnings as warnings', () => {
    const text = 'format: 9\nmeta: {}\n';
    const [file, warning] = placeProblems(text, [problem(0, 0), problem(2, 1, { severity: 'warning' })]);
    expect(text.slice(file?.from, file?.to)).toBe('format: 9');
    expect(warning?.severity).toBe('warning');
  });

  it('should stay inside the text for a place past its end', () => {
    const text = 'a: 1';
    const [placed] = placeProblems(text, [problem(9, 40)]);
    expect(placed?.from).toBeLessThanOrEqual(text.length);
    expect(placed?.to).toBeLessThanOrEqual(text.length);
  });

  it("should place every problem the loader finds in a broken template, at the loader's own places", () => {
    const broken = TEMPLATE.replace('    actor: south\n', '    actor: soth\n').replace("cameo: '164'", "cameo: '999'");
    const result = loadScenario(broken, 'draft.yaml');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const placed = placeProblems(broken, problems);
    expect(placed.map((p) => broken.slice(p.from, p.to))).toEqual(expect.arrayContaining(['soth', "'999'"]));
    expect(placed.map((p) => p.line)).toEqual(problems.map((p) => p.line));
  });
});

describe('problemText', () => {
  it('should read as the CLI prints a problem after its place', () => {
    expect(problemText(problem(1, 1, { hint: 'write y' }))).toBe('x: is wrong — write y');
  });
});
