/**
 * The scenario's text follows the chosen language: its shipped translation, or its own text. The
 * hot-seat session is retexted in its store; a networked seat's view is retexted on the device
 * (the room and the wire keep ids only, so each device reads the exercise in its own language).
 */
import { useEffect, useMemo, useState } from 'react';
import { scenarioInLanguage } from '../lib/scenario-translations.ts';
import { useLanguage } from '../lib/words/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { SessionInit } from '../../engine/session/index.ts';
import type { LiveView } from '../stores/room/index.ts';
import { freshName, useSend, useSession } from '../stores/session/index.ts';

/** `init` with `scenario` (the same scenario's text in another language) as its text, timeline included. */
function withText<T extends Pick<SessionInit, 'scenario' | 'timeline'>>(init: T, scenario: Scenario): T {
  return scenario === init.scenario ? init : { ...init, scenario, timeline: init.timeline.withScenario(scenario) };
}

/**
 * A session about to open, with its scenario's text in `language` (so the first screen is already
 * in it). A `fresh` session, made for this start, is named in that language too.
 */
export async function initInLanguage(init: SessionInit, language: string, fresh = false): Promise<SessionInit> {
  const scenario = await scenarioInLanguage(init.scenario, language);
  if (scenario === init.scenario) return init;
  return { ...withText(init, scenario), ...(fresh ? { name: freshName(scenario) } : {}) };
}

/**
 * `scenario` in the chosen language, following the language picker: its shipped translation once
 * loaded, its text as given until then (and when no translation ships). Null stays null.
 */
export function useScenarioInLanguage<S extends Scenario | null>(scenario: S): S {
  const { language } = useLanguage();
  const [made, setMade] = useState<{ readonly of: Scenario; readonly language: string; readonly text: Scenario } | null>(null);
  useEffect(() => {
    if (scenario === null) return;
    let live = true;
    void scenarioInLanguage(scenario, language).then((text) => {
      if (live) setMade({ of: scenario, language, text });
    });
    return () => {
      live = false;
    };
  }, [scenario, language]);
  return scenario !== null && made?.of === scenario && made.language === language ? (made.text as S) : scenario;
}

/** Whenever the language or the scenario changes, swaps the hot-seat session's scenario text for the chosen language's. */
export function useScenarioLanguage(): void {
  const scenario = useSession((s) => s.scenario);
  const text = useScenarioInLanguage(scenario);
  const send = useSend();
  useEffect(() => {
    if (text !== scenario) send({ type: 'scenario.retext', scenario: text });
  }, [text, scenario, send]);
}

/** A networked seat's view with the scenario's text in the chosen language; its ids, draft and file as the room sent them. */
export function useViewInLanguage(view: LiveView | null): LiveView | null {
  const text = useScenarioInLanguage(view?.session.scenario ?? null);
  return useMemo(() => (view === null || text === null ? view : { ...view, session: withText(view.session, text) }), [view, text]);
}
