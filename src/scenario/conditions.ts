/**
 * Conditions over posture levels (used by `requires`, propensity modifiers and outcomes):
 * evaluate one against a posture state, and say why it fails or what it asks.
 *
 * Pure functions over scenario data; the engine, the UI and the CLI all use these. What a
 * condition asks and why it fails are data first (terms of posture refs and level ids, which the
 * app's words layer writes in the reader's language); the English below is the CLI's and the
 * engine's error messages'.
 *
 *   conditionHolds(scenario, condition, postures)   → boolean
 *   unmetCondition(scenario, condition, postures)    → null when it holds, else
 *       { requires: [{ kind: 'is', posture: 'dprk.liaison', levels: ['staffed'] }], now: [{ posture: 'dprk.liaison', level: 'withdrawn' }] }
 *   explainFailure(scenario, condition, postures)    → "requires DPRK liaison office: staffed; it is withdrawn"
 *   describeCondition(scenario, condition)           → "DPRK liaison office: staffed"
 */
import type { Condition as MutableCondition, DeepReadonly, Scenario } from './types.ts';

/** A condition as it sits in a frozen scenario (plain object literals fit too). */
export type Condition = DeepReadonly<MutableCondition>;

/** postures[actor][posture] = level id (the engine's PostureState has this shape). */
export type PostureLevels = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface PostureInfo {
  readonly actor: string;
  readonly posture: string;
  /** "DPRK liaison office" */
  readonly name: string;
  readonly levelIds: readonly string[];
  readonly levelLabels: ReadonlyMap<string, string>;
}

const postureIndexes = new WeakMap<Scenario, ReadonlyMap<string, PostureInfo>>();

function postureIndex(scenario: Scenario): ReadonlyMap<string, PostureInfo> {
  let index = postureIndexes.get(scenario);
  if (!index) {
    const built = new Map<string, PostureInfo>();
    for (const actor of scenario.actors) {
      for (const posture of actor.postures) {
        built.set(`${actor.id}.${posture.id}`, {
          actor: actor.id,
          posture: posture.id,
          name: postureName(actor.short, posture.label),
          levelIds: posture.levels.map((l) => l.id),
          levelLabels: new Map(posture.levels.map((l) => [l.id, l.label])),
        });
      }
    }
    index = built;
    postureIndexes.set(scenario, index);
  }
  return index;
}

/** The posture a "actor.posture" reference names; throws a readable error when the scenario has none. */
export function postureInfo(scenario: Scenario, ref: string): PostureInfo {
  const info = postureIndex(scenario).get(ref);
  if (!info) throw new Error(`Scenario "${scenario.meta.id}" has no posture "${ref}" (write postures as "actor.posture").`);
  return info;
}

function levelOrder(info: PostureInfo, level: string): number {
  const i = info.levelIds.indexOf(level);
  if (i < 0) throw new Error(`Posture "${info.actor}.${info.posture}" has no level "${level}" (levels: ${info.levelIds.join(', ')}).`);
  return i;
}

function currentLevel(info: PostureInfo, postures: PostureLevels): string {
  const level = postures[info.actor]?.[info.posture];
  if (level === undefined) throw new Error(`The posture state has no level for "${info.actor}.${info.posture}".`);
  return level;
}

/** "DPRK liaison office", but "ROK engagement" rather than "ROK ROK engagement". */
function postureName(short: string, postureLabel: string): string {
  return postureLabel.toLowerCase().startsWith(`${short.toLowerCase()} `) ? postureLabel : `${short} ${postureLabel}`;
}

/** A level's label (its id when the posture has no such level). */
export function levelLabel(info: PostureInfo, level: string): string {
  return info.levelLabels.get(level) ?? level;
}

/** Whether the condition holds in this posture state. */
export function conditionHolds(scenario: Scenario, condition: Condition, postures: PostureLevels): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(scenario, c, postures));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(scenario, c, postures));
  if ('not' in condition) return !conditionHolds(scenario, condition.not, postures);
  const info = postureInfo(scenario, condition.posture);
  const level = currentLevel(info, postures);
  if ('is' in condition) return level === condition.is;
  if ('isNot' in condition) return level !== condition.isNot;
  if ('oneOf' in condition) return condition.oneOf.includes(level);
  if ('atLeast' in condition) return levelOrder(info, level) >= levelOrder(info, condition.atLeast);
  return levelOrder(info, level) <= levelOrder(info, condition.atMost);
}

/** How a term compares a posture's level; "not" is pushed inward, so each test has its opposite. */
export type LevelTest = 'is' | 'isNot' | 'oneOf' | 'noneOf' | 'atLeast' | 'atMost' | 'below' | 'above';

/** What a condition asks, as data: groups joined by "and"/"or", and tests of one posture's level. */
export type ConditionTerm =
  | { readonly kind: 'all' | 'any'; readonly parts: readonly ConditionTerm[] }
  | { readonly kind: LevelTest; readonly posture: string; readonly levels: readonly string[] };

/** Why a condition fails: the parts it requires that do not hold, and the levels of their postures now. */
export interface UnmetCondition {
  readonly requires: readonly ConditionTerm[];
  readonly now: readonly { readonly posture: string; readonly level: string }[];
}

const OPPOSITE: Readonly<Record<LevelTest, LevelTest>> = {
  is: 'isNot',
  isNot: 'is',
  oneOf: 'noneOf',
  noneOf: 'oneOf',
  atLeast: 'below',
  below: 'atLeast',
  atMost: 'above',
  above: 'atMost',
};

/**
 * What the condition asks, as a term; `negated` gives its negation instead (De Morgan is applied,
 * so "not" never reaches the words).
 */
export function conditionTerm(condition: Condition, negated = false): ConditionTerm {
  if ('not' in condition) return conditionTerm(condition.not, !negated);
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    return { kind: ('all' in condition) !== negated ? 'all' : 'any', parts: parts.map((c) => conditionTerm(c, negated)) };
  }
  const [kind, levels]: [LevelTest, readonly string[]] =
    'is' in condition
      ? ['is', [condition.is]]
      : 'isNot' in condition
        ? ['isNot', [condition.isNot]]
        : 'oneOf' in condition
          ? ['oneOf', condition.oneOf]
          : 'atLeast' in condition
            ? ['atLeast', [condition.atLeast]]
            : ['atMost', [condition.atMost]];
  return { kind: negated ? OPPOSITE[kind] : kind, posture: condition.posture, levels };
}

/** The postures a condition reads, in order of first mention. */
function postureRefs(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => postureRefs(c, into));
  else if ('any' in condition) condition.any.forEach((c) => postureRefs(c, into));
  else if ('not' in condition) postureRefs(condition.not, into);
  else if (!into.includes(condition.posture)) into.push(condition.posture);
  return into;
}

/** Why the condition fails here, or null when it holds. For "all", only the failing parts are named. */
export function unmetCondition(scenario: Scenario, condition: Condition, postures: PostureLevels): UnmetCondition | null {
  if (conditionHolds(scenario, condition, postures)) return null;
  const failing = 'all' in condition ? condition.all.filter((c) => !conditionHolds(scenario, c, postures)) : [condition];
  const refs = failing.flatMap((c) => postureRefs(c)).filter((r, i, all) => all.indexOf(r) === i);
  return { requires: failing.map((c) => conditionTerm(c)), now: refs.map((ref) => ({ posture: ref, level: currentLevel(postureInfo(scenario, ref), postures) })) };
}

/** A term in English: "DPRK liaison office: staffed", "US talks: open and (… or …)". */
export function termText(scenario: Scenario, term: ConditionTerm): string {
  if ('parts' in term) {
    const texts = term.parts.map((t) => ('parts' in t ? `(${termText(scenario, t)})` : termText(scenario, t)));
    return texts.join(term.kind === 'all' ? ' and ' : ' or ');
  }
  const info = postureInfo(scenario, term.posture);
  const levels = term.levels.map((level) => levelLabel(info, level));
  const first = levels[0] ?? '';
  const said: Readonly<Record<LevelTest, string>> = {
    is: first,
    isNot: `anything but ${first}`,
    oneOf: levels.join(' or '),
    noneOf: `neither ${levels.join(' nor ')}`,
    atLeast: `${first} or higher`,
    atMost: `${first} or lower`,
    below: `below ${first}`,
    above: `above ${first}`,
  };
  return `${info.name}: ${said[term.kind]}`;
}

/** What the condition asks, in English ("DPRK liaison office: staffed"); `negated` describes its negation. */
export function describeCondition(scenario: Scenario, condition: Condition, negated = false): string {
  return termText(scenario, conditionTerm(condition, negated));
}

/** Why a condition fails, in English: "requires US sanctions: relief and DPRK testing: moratorium; US sanctions is standing". */
export function unmetText(scenario: Scenario, unmet: UnmetCondition): string {
  const wanted = unmet.requires.map((t) => termText(scenario, t)).join(' and ');
  const now = unmet.now.map(({ posture, level }) => {
    const info = postureInfo(scenario, posture);
    return unmet.now.length === 1 ? `it is ${levelLabel(info, level)}` : `${info.name} is ${levelLabel(info, level)}`;
  });
  return `requires ${wanted}; ${now.join(', ')}`;
}

/**
 * Why the condition fails here, in English, or null when it holds:
 *   "requires DPRK liaison office: staffed; it is withdrawn"
 *   "requires US sanctions: relief and DPRK testing: moratorium; US sanctions is standing"
 */
export function explainFailure(scenario: Scenario, condition: Condition, postures: PostureLevels): string | null {
  const unmet = unmetCondition(scenario, condition, postures);
  return unmet === null ? null : unmetText(scenario, unmet);
}
