/**
 * Checks the draft ~50 ms after the last keystroke, in the draft worker: the loader's problems
 * first (placed in the text), then the ids for completion and the explorer's report. A result for
 * text that has since changed is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../scenario/index.ts';
import { draftChecker } from '../../stores/scenario-check/draft-check.ts';
import type { DraftCheck } from '../../stores/scenario-check/draft-check-api.ts';
import type { DraftDetails, DraftExplore } from '../../stores/scenario-check/draft-details.ts';
import { placeProblems, type PlacedProblem } from './diagnostics.ts';

export const CHECK_DELAY_MS = 50;
/** The preview (a session built on the page) follows once typing pauses this long. */
export const PREVIEW_DELAY_MS = 400;
/** The loader's name for the text in its messages. */
export const DRAFT_FILE = 'draft.yaml';

export interface Valid {
  readonly scenario: Scenario;
  readonly text: string;
}

export interface Checked {
  readonly text: string;
  readonly result: DraftCheck;
  readonly placed: readonly PlacedProblem[];
}

export function useDraftCheck(initialText: string) {
  const [checked, setChecked] = useState<Checked | null>(null);
  // The last valid scenario, at once (for Play this) and once typing pauses (for the preview, which
  // keeps showing it while the author is mid-edit).
  const [valid, setValid] = useState<Valid | null>(null);
  const [previewed, setPreviewed] = useState<Valid | null>(null);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownOnce = useRef<Valid | null>(null);
  const [details, setDetails] = useState<DraftDetails | null>(null);
  // The explorer's report of the last valid text: kept while the draft has problems, as the preview is.
  const [explored, setExplored] = useState<DraftExplore | null>(null);
  const [schema, setSchema] = useState<Record<string, unknown> | null>(null);
  const [pending, setPending] = useState(true);
  const latest = useRef(initialText);
  const round = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(async () => {
    const n = ++round.current;
    const text = latest.current;
    const result = await draftChecker.check(text, DRAFT_FILE);
    if (n !== round.current) return;
    setChecked({ text, result, placed: placeProblems(text, [...result.problems, ...result.warnings]) });
    if (result.scenario) {
      const next = { scenario: result.scenario, text };
      setValid(next);
      if (previewTimer.current !== null) clearTimeout(previewTimer.current);
      previewTimer.current = setTimeout(() => setPreviewed(next), shownOnce.current === null ? 0 : PREVIEW_DELAY_MS);
      shownOnce.current = next;
    }
    setPending(false);
    // The ids and the exploration wait for a pause: typing on, the next check must not queue behind them.
    if (timer.current !== null) return;
    const more = await draftChecker.details();
    if (n !== round.current) return;
    setDetails(more);
    if (more.explore !== null) setExplored(more.explore);
  }, []);

  const changed = useCallback(
    (text: string) => {
      latest.current = text;
      setPending(true);
      if (previewTimer.current !== null) clearTimeout(previewTimer.current);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void run();
      }, CHECK_DELAY_MS);
    },
    [run],
  );

  useEffect(() => {
    void run();
    void draftChecker.schema().then(setSchema);
    const rounds = round;
    const previews = previewTimer;
    return () => {
      rounds.current++;
      if (previews.current !== null) clearTimeout(previews.current);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [run]);

  return { checked, valid: valid && checked?.result.hash === valid.scenario.hash ? valid : null, previewed, explored, details, schema, pending, changed };
}
