/**
 * The scenario's text follows the chosen language: its shipped translation, or its own text. The
 * hot-seat session is retexted in its store; a networked seat's view is retexted on the device
 * (the room and the wire keep ids only, so each device reads the exercise in its own language).
 */
import { useEffect, useMemo, useState } from 'react';
import { readyInLanguage, scenarioInLanguage } from '../lib/scenario-translations.ts';
import { originalScenario } from '../../scenario/translated.ts';
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
 * `scenario` in the chosen language, from the app's one cache of translations: the text at once
 * when it is ready, null while its translation is still being made (the hook renders again once
 * it is). Null stays null.
 */
function useReadyInLanguage(scenario: Scenario | null): Scenario | null {
  const { language } = useLanguage();
  const text = scenario === null ? null : readyInLanguage(scenario, language);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (scenario === null || text !== null) return;
    let live = true;
    void scenarioInLanguage(scenario, language).then(() => live && loaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [scenario, language, text]);
  return text;
}

/**
 * `scenario` in the chosen language, following the language picker: its shipped translation once
 * loaded, its text as given until then (and when no translation ships). Null stays null.
 */
export function useScenarioInLanguage<S extends Scenario | null>(scenario: S): S {
  return (useReadyInLanguage(scenario) ?? scenario) as S;
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

/**
 * A networked seat's view with the scenario's text in the chosen language; its ids, draft and file
 * as the room sent them. Never in another language than the one chosen: while the translation is
 * still being made, the view waits (null) — or, after a switch of language, keeps the text it had.
 */
export function useViewInLanguage(view: LiveView | null): LiveView | null {
  const scenario = view?.session.scenario ?? null;
  const text = useReadyInLanguage(scenario);
  // The last text shown, from an earlier render (React's "state from the previous render").
  const [shown, setShown] = useState<Scenario | null>(null);
  if (text !== null && text !== shown) setShown(text);
  const kept = text ?? (shown !== null && scenario !== null && originalScenario(shown).hash === originalScenario(scenario).hash ? shown : null);
  return useMemo(() => (view === null || kept === null ? null : { ...view, session: withText(view.session, kept) }), [view, kept]);
}
