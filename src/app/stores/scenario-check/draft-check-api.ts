/** The draft checker's calls, the same in the worker and, where there is no worker, on the page. */
import { loadScenario } from '../../../scenario/load.ts';
import type { Problem, Scenario } from '../../../scenario/index.ts';
import { draftDetails, type DraftDetails } from './draft-details.ts';

export interface DraftCheck {
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** The scenario when the text is valid and differs from the last one sent, else null. */
  readonly scenario: Scenario | null;
  /** The valid scenario's hash (also when it is the one sent before and `scenario` is null). */
  readonly hash: string | null;
}

export interface DraftCheckApi {
  check(text: string, file: string): DraftCheck;
  /** Ids and explore report of the text last checked. */
  details(): DraftDetails;
  /** The format's JSON Schema (for key completion). */
  schema(): Record<string, unknown>;
}

export function checkDraft(): Omit<DraftCheckApi, 'schema'> {
  let last: { text: string; scenario: Scenario | null } = { text: '', scenario: null };
  // A scenario crosses to the page only when it changed: copying March 2019 over costs the page time.
  let sent: string | null = null;
  return {
    check(text, file) {
      const result = loadScenario(text, file);
      const scenario = result.ok ? result.scenario : null;
      last = { text, scenario };
      const hash = scenario?.hash ?? null;
      const fresh = hash !== null && hash !== sent;
      if (fresh) sent = hash;
      return { problems: result.ok ? [] : result.problems, warnings: result.warnings, scenario: fresh ? scenario : null, hash };
    },
    details: () => draftDetails(last.text, last.scenario),
  };
}
