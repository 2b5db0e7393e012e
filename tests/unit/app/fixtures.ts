import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTimeline } from '../../../src/engine/index.ts';
import { loadScenario, type Scenario } from '../../../src/scenario/index.ts';
import type { SessionInit } from '../../../src/engine/session/index.ts';

// Vitest runs from the repository root; in jsdom import.meta.url is not a file URL.
export const LIAISON_FILE = resolve('tests/unit/app/fixtures/liaison.yaml');
export const liaisonText = readFileSync(LIAISON_FILE, 'utf8');

export function liaisonScenario(): Scenario {
  const result = loadScenario(liaisonText, 'liaison.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

export function liaisonInit(overrides: Partial<SessionInit> = {}): SessionInit {
  const scenario = liaisonScenario();
  return { id: 'test-session', name: 'Test session', scenario, timeline: startTimeline(scenario), source: null, ...overrides };
}
