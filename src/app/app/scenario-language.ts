/** The session's scenario follows the chosen language: its shipped translation, or its own text. */
import { useEffect } from 'react';
import { scenarioInLanguage } from '../lib/scenario-translations.ts';
import { useLanguage } from '../lib/words/index.ts';
import type { SessionInit } from '../../engine/session/index.ts';
import { freshName, useSend, useSession } from '../stores/session/index.ts';

/**
 * A session about to open, with its scenario's text in `language` (so the first screen is already
 * in it). A `fresh` session, made for this start, is named in that language too.
 */
export async function initInLanguage(init: SessionInit, language: string, fresh = false): Promise<SessionInit> {
  const scenario = await scenarioInLanguage(init.scenario, language);
  if (scenario === init.scenario) return init;
  return { ...init, scenario, timeline: init.timeline.withScenario(scenario), ...(fresh ? { name: freshName(scenario) } : {}) };
}

/** Whenever the language or the scenario changes, swaps in the scenario's text in the chosen language. */
export function useScenarioLanguage(): void {
  const { language } = useLanguage();
  const scenario = useSession((s) => s.scenario);
  const send = useSend();
  useEffect(() => {
    let live = true;
    void scenarioInLanguage(scenario, language).then((text) => {
      if (live && text !== scenario) send({ type: 'scenario.retext', scenario: text });
    });
    return () => {
      live = false;
    };
  }, [scenario, language, send]);
}
