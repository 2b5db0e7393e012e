/** The after-action review's sentences, from the debrief's data: the page and the Markdown report both read these. */
import type { ClassSummary, Debrief, DebriefDecision, Divergence } from '../../../engine/classroom/index.ts';
import type { Timeline } from '../../../engine/index.ts';
import { moveText } from './moves.ts';
import { nodeSentence } from './node-words.ts';
import { tensionChange } from './tension.ts';
import type { Words } from './words.ts';

/** "Round 2", "Turn 3", "Facilitator". */
export function stepText(words: Words, step: DebriefDecision['step']): string {
  return words.t('classroom.step', { kind: step.kind, number: step.number });
}

/** A decision's move: its label or "Pass"; for an override, what was set. */
export function decisionText(words: Words, timeline: Timeline, d: DebriefDecision): string {
  return d.move === 'override' ? nodeSentence(words, timeline.scenario, timeline.node(d.node)) : moveText(words, timeline.scenario, d.move);
}

/** Where the exercise started: "the beginning of the scenario", "after DPRK: Withdraw staff …". */
export function startText(words: Words, timeline: Timeline, debrief: Debrief): string {
  const { node } = debrief.start;
  return node === timeline.root ? words.t('debrief.startRoot') : words.t('debrief.startAfter', { node: nodeSentence(words, timeline.scenario, timeline.node(node)) });
}

/** The class's own moves in numbers, as one paragraph. */
export function classSummaryText(words: Words, timeline: Timeline, s: ClassSummary, startDate: string): string {
  if (s.moves === 0) return words.t('debrief.summary.none', { date: startDate });
  const decision = (d: DebriefDecision) =>
    words.t('debrief.summary.decision', { actor: d.actorShort, move: decisionText(words, timeline, d), step: stepText(words, d.step), date: d.date, goldstein: words.format.signed(d.goldstein ?? 0) });
  const parts = [words.t('debrief.summary.moves', { moves: s.moves, date: startDate, conflictual: s.conflictual, cooperative: s.cooperative, other: s.other })];
  if (s.mostConflictual) parts.push(words.t('summary.mostConflictual', { decision: decision(s.mostConflictual) }));
  if (s.mostCooperative) parts.push(words.t('summary.mostCooperative', { decision: decision(s.mostCooperative) }));
  if (s.biggestRise) {
    const d = s.biggestRise;
    parts.push(words.t('debrief.summary.biggestRise', { actor: d.actorShort, move: decisionText(words, timeline, d), change: tensionChange(words, d.tensionBefore, d.tensionAfter) }));
  }
  parts.push(words.t('debrief.summary.net', { net: words.format.signed(s.netGoldstein) }));
  return parts.join(' ');
}

/** "The class left the historical track after 22 Mar 2019 (US: …); on 25 Mar 2019 the class played DPRK: … instead of DPRK: …." */
export function divergenceText(words: Words, timeline: Timeline, dv: Divergence): string {
  if (!dv.classMove) return words.t('debrief.divergence.none', { date: words.format.date(dv.departedAt.date) });
  const at = (node: number) => nodeSentence(words, timeline.scenario, timeline.node(node));
  const values = { departed: words.format.date(dv.departedAt.date), departedLabel: at(dv.departedAt.node), date: words.format.date(dv.classMove.date), classMove: at(dv.classMove.node) };
  const instead = dv.historyInstead[0];
  if (!instead) return words.t('debrief.divergence.left', values);
  return words.t('debrief.divergence.leftInstead', { ...values, history: words.t('moves.actorMove', { actor: instead.actorShort, move: instead.label }) });
}

/** A replay step's flag: "unverified: …", "contested: …". */
export function flagText(words: Words, flag: NonNullable<Divergence['historyInstead'][number]['flag']>): string {
  return words.t('debrief.flag', { kind: flag.kind, note: flag.note });
}
