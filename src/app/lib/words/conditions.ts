/** Why a move is closed or void, in words, from the engine's codes (see src/engine/closed-reason.ts). */
import { actorShort, closedMoveLabel, type ClosedMove, type ClosedReason, type ConditionTerm, type UnmetCondition } from '../../../engine/index.ts';
import type { VoidReason } from '../../../engine/classroom/index.ts';
import { levelLabel, postureInfo } from '../../../scenario/conditions.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { outcomesText } from './moves.ts';
import type { Words } from './words.ts';

/** "DPRK liaison office: staffed", "US talks: open and (DPRK missile testing: testing or US sanctions: relief)". */
export function conditionText(words: Words, scenario: Scenario, term: ConditionTerm): string {
  if ('parts' in term) {
    const texts = term.parts.map((t) => ('parts' in t ? words.t('conditions.group', { term: conditionText(words, scenario, t) }) : conditionText(words, scenario, t)));
    return texts.join(words.t(term.kind === 'all' ? 'conditions.and' : 'conditions.or'));
  }
  const info = postureInfo(scenario, term.posture);
  const labels = term.levels.map((level) => levelLabel(info, level));
  const joined = term.kind === 'oneOf' ? labels.join(words.t('conditions.or')) : labels.join(words.t('conditions.nor'));
  return words.t(`conditions.${term.kind}`, { posture: info.name, level: labels[0] ?? '', levels: joined });
}

/** "requires US sanctions: relief and DPRK testing: moratorium; US sanctions is standing". */
export function unmetText(words: Words, scenario: Scenario, unmet: UnmetCondition): string {
  const wanted = unmet.requires.map((t) => conditionText(words, scenario, t)).join(words.t('conditions.and'));
  const now = unmet.now.map(({ posture, level }) => {
    const info = postureInfo(scenario, posture);
    const label = levelLabel(info, level);
    return unmet.now.length === 1 ? words.t('conditions.itIs', { level: label }) : words.t('conditions.postureIs', { posture: info.name, level: label });
  });
  return words.t('conditions.requires', { wanted, now: now.join(words.t('list.comma')) });
}

/** Why a move is closed: "requires …; it is …", "the game is over: Talks collapse", "it is DPRK's turn". */
export function closedText(words: Words, scenario: Scenario, reason: ClosedReason): string {
  switch (reason.code) {
    case 'requires':
      return unmetText(words, scenario, reason);
    case 'game-over':
      return words.t('closed.gameOver', { outcomes: outcomesText(words, scenario, reason.outcomes) });
    case 'not-your-turn':
      return words.t('closed.notYourTurn', { actors: reason.next.map((a) => actorShort(scenario, a)).join(words.t('list.comma')) });
  }
}

/** Why the rules refuse a move: "\"Cancel sanctions by tweet\" is closed for US: requires …; it is standing." */
export function closedMoveText(words: Words, scenario: Scenario, closed: ClosedMove): string {
  const reason = closed.reason ? closedText(words, scenario, closed.reason) : words.t('closed.notOpen');
  return words.t('closed.move', { move: closedMoveLabel(scenario, closed), actor: actorShort(scenario, closed.actor), reason });
}

/** Why a committed move was void: "an earlier move this round closed it (requires …)". */
export function voidText(words: Words, scenario: Scenario, reason: VoidReason): string {
  switch (reason.code) {
    case 'game-over':
      return words.t('void.gameOver', { outcomes: outcomesText(words, scenario, reason.outcomes) });
    case 'closed-earlier':
      return words.t('void.closedEarlier', { reason: reason.reason ? closedText(words, scenario, reason.reason) : words.t('void.noLongerOpen') });
    case 'legacy':
      return reason.text;
  }
}
