/**
 * Conditions over posture levels (used by `requires`, propensity modifiers and outcomes):
 * evaluate one against a posture state, and say in words why it fails or what it asks.
 *
 * Pure functions over scenario data; the engine, the UI and the CLI all use these,
 * so a closed move reads the same everywhere.
 *
 *   conditionHolds(scenario, condition, postures)   → boolean
 *   explainFailure(scenario, condition, postures)    → null when it holds, else
 *       "requires DPRK liaison office: staffed; it is withdrawn"
 *   describeCondition(scenario, condition)           → "DPRK liaison office: staffed"
 */
import type { Condition as MutableCondition, DeepReadonly, Scenario } from './types.ts';

/** A condition as it sits in a frozen scenario (plain object literals fit too). */
export type Condition = DeepReadonly<MutableCondition>;

/** postures[actor][posture] = level id (the engine's PostureState has this shape). */
export type PostureLevels = Readonly<Record<string, Readonly<Record<string, string>>>>;

interface PostureInfo {
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

function label(info: PostureInfo, level: string): string {
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

/**
 * What the condition asks, in words ("DPRK liaison office: staffed").
 * `negated` describes its negation instead (De Morgan is applied, so "not" never reaches the text).
 */
export function describeCondition(scenario: Scenario, condition: Condition, negated = false): string {
  if ('not' in condition) return describeCondition(scenario, condition.not, !negated);
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const conjunction = ('all' in condition) !== negated ? ' and ' : ' or ';
    const texts = parts.map((c) => {
      const t = describeCondition(scenario, c, negated);
      return 'all' in c || 'any' in c ? `(${t})` : t;
    });
    return texts.join(conjunction);
  }
  const info = postureInfo(scenario, condition.posture);
  const l = (level: string) => label(info, level);
  if ('is' in condition) return `${info.name}: ${negated ? 'anything but ' : ''}${l(condition.is)}`;
  if ('isNot' in condition) return `${info.name}: ${negated ? '' : 'anything but '}${l(condition.isNot)}`;
  if ('oneOf' in condition) {
    const list = condition.oneOf.map(l).join(negated ? ' nor ' : ' or ');
    return `${info.name}: ${negated ? 'neither ' : ''}${list}`;
  }
  if ('atLeast' in condition) {
    return negated ? `${info.name}: below ${l(condition.atLeast)}` : `${info.name}: ${l(condition.atLeast)} or higher`;
  }
  return negated ? `${info.name}: above ${l(condition.atMost)}` : `${info.name}: ${l(condition.atMost)} or lower`;
}

/** The postures a condition reads, in order of first mention. */
function postureRefs(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => postureRefs(c, into));
  else if ('any' in condition) condition.any.forEach((c) => postureRefs(c, into));
  else if ('not' in condition) postureRefs(condition.not, into);
  else if (!into.includes(condition.posture)) into.push(condition.posture);
  return into;
}

/**
 * Why the condition fails here, in words, or null when it holds:
 *   "requires DPRK liaison office: staffed; it is withdrawn"
 *   "requires US sanctions: relief and DPRK testing: moratorium; US sanctions is standing"
 * For "all", only the failing parts are named; the current levels of the postures involved follow.
 */
export function explainFailure(scenario: Scenario, condition: Condition, postures: PostureLevels): string | null {
  if (conditionHolds(scenario, condition, postures)) return null;
  const failing = 'all' in condition ? condition.all.filter((c) => !conditionHolds(scenario, c, postures)) : [condition];
  const wanted = failing.map((c) => describeCondition(scenario, c)).join(' and ');
  const refs = failing.flatMap((c) => postureRefs(c)).filter((r, i, all) => all.indexOf(r) === i);
  const now = refs.map((ref) => {
    const info = postureInfo(scenario, ref);
    const current = label(info, currentLevel(info, postures));
    return refs.length === 1 ? `it is ${current}` : `${info.name} is ${current}`;
  });
  return `requires ${wanted}; ${now.join(', ')}`;
}
