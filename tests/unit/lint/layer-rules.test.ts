/**
 * The layer rules of docs/architecture.md are lint errors, not conventions: each rule is shown
 * to bite on a file that breaks it, and to stay quiet on one that keeps it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedPaths(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the layer rules', () => {
  it.each([
    ['a feature importing another feature', 'src/app/features/moves/probe.ts', "export { ChartsPanel } from '../charts/index.ts';\n", /Features never import each other/],
    ['components/ importing a feature', 'src/app/components/probe.ts', "export { MovesPanel } from '../features/moves/index.ts';\n", /components\/ are UI only/],
    ['components/ importing a store', 'src/app/components/probe.ts', "export { useSession } from '../stores/session/index.ts';\n", /components\/ are UI only/],
    ['the engine importing the app', 'src/engine/probe.ts', "export { useSession } from '../app/stores/session/index.ts';\n", /Layers point one way/],
    ['a store importing a feature', 'src/app/stores/probe.ts', "export { MovesPanel } from '../features/moves/index.ts';\n", /never import one/],
    ['a feature importing the app layer', 'src/app/features/moves/probe.ts', "export { App } from '../../app/app.tsx';\n", /Only src\/app\/app composes the app/],
  ])('should fail lint on %s', async (_label, file, code, message) => {
    const messages = await restrictedPaths(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['a feature importing its own files, components, lib and stores', 'src/app/features/moves/probe.ts', "export { MovesPanel } from './index.ts';\nexport { Dialog } from '../../components/index.ts';\nexport { useSession } from '../../stores/session/index.ts';\n"],
    ['the app layer composing features', 'src/app/app/probe.ts', "export { MovesPanel } from '../features/moves/index.ts';\nexport { ChartsPanel } from '../features/charts/index.ts';\n"],
    ['the engine importing the scenario layer', 'src/engine/probe.ts', "export { loadScenario } from '../scenario/index.ts';\n"],
  ])('should pass lint on %s', async (_label, file, code) => {
    expect(await restrictedPaths(file, code)).toEqual([]);
  });
});
