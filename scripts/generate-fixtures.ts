// Writes the large scenarios of issue 13 into tests/fixtures/large-*.yaml, deterministically (a
// seeded generator: the same script writes the same bytes). Run `npm run fixtures` after changing it.
//   large-crisis.yaml   10 postures (4 and 3 levels), about 400,000 reachable states
//   large-40x6.yaml     40 postures × 6 levels (6^40 combinations: past one packed number)
//   large-ladder.yaml   a 20-level ladder: 13 postures × 20 levels (20^13 combinations)
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

interface Shape {
  readonly id: string;
  readonly title: string;
  /** Levels of each posture, actor by actor. */
  readonly actors: readonly (readonly number[])[];
  /** Extra moves that raise one posture when another is high (cross-posture rules). */
  readonly linked: number;
  readonly seed: number;
}

const SHAPES: readonly Shape[] = [
  { id: 'large-crisis', title: 'Large crisis (10 postures, ~400k states)', actors: [[4, 4, 3], [4, 4, 3], [4, 4], [4, 3]], linked: 20, seed: 13 },
  { id: 'large-40x6', title: 'Forty postures of six levels', actors: Array.from({ length: 8 }, () => [6, 6, 6, 6, 6]), linked: 20, seed: 40 },
  { id: 'large-ladder', title: 'Twenty-level escalation ladder', actors: [[20, 20, 20, 20], [20, 20, 20], [20, 20, 20], [20, 20, 20]], linked: 6, seed: 20 },
];

// CAMEO codes with a Goldstein weight: cooperative for lowering a posture, conflictual for raising it.
const RAISE_CAMEO = ['138', '152', '161', '163', '1382'];
const LOWER_CAMEO = ['036', '0871', '0874'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scenario(shape: Shape): Record<string, unknown> {
  const random = rng(shape.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const weight = () => Math.round((0.5 + random() * 2.5) * 4) / 4;
  const actorId = (a: number) => `a${a + 1}`;
  const postureRef = (a: number, p: number) => `${actorId(a)}.p${p + 1}`;
  const levelId = (l: number) => `l${l}`;
  const all = shape.actors.flatMap((postures, a) => postures.map((levels, p) => ({ a, p, levels, ref: postureRef(a, p) })));

  const actors = shape.actors.map((postures, a) => ({
    id: actorId(a),
    name: `Actor ${a + 1}`,
    short: `A${a + 1}`,
    colour: `#${(0x1f77b4 + a * 0x2a3b1c).toString(16).slice(-6).padStart(6, '0')}`,
    postures: postures.map((levels, p) => ({
      id: `p${p + 1}`,
      label: `Posture ${p + 1} of actor ${a + 1}`,
      levels: Array.from({ length: levels }, (_, l) => ({ id: levelId(l), label: `Level ${l}`, escalation: Math.round((l / (levels - 1)) * 10) })),
      initial: levelId(0),
    })),
  }));

  const moves: Record<string, unknown>[] = [];
  for (const { a, p, levels, ref } of all) {
    const other = pick(all);
    const raise = weight();
    const lower = weight();
    for (let l = 0; l + 1 < levels; l++) {
      moves.push({
        id: `raise-${actorId(a)}-p${p + 1}-${l + 1}`,
        actor: actorId(a),
        label: `Raise ${ref} to ${l + 1}`,
        description: `Actor ${a + 1} raises posture ${p + 1} from level ${l} to ${l + 1}.`,
        requires: { posture: ref, is: levelId(l) },
        effects: [{ posture: ref, set: levelId(l + 1) }],
        cameo: pick(RAISE_CAMEO),
        propensity: { base: raise, rationale: 'Generated.', modifiers: [{ when: { posture: other.ref, atLeast: levelId(Math.floor(other.levels / 2)) }, factor: 2 }] },
      });
      moves.push({
        id: `lower-${actorId(a)}-p${p + 1}-${l}`,
        actor: actorId(a),
        label: `Lower ${ref} to ${l}`,
        description: `Actor ${a + 1} lowers posture ${p + 1} from level ${l + 1} to ${l}.`,
        requires: { posture: ref, is: levelId(l + 1) },
        effects: [{ posture: ref, set: levelId(l) }],
        cameo: pick(LOWER_CAMEO),
        propensity: { base: lower, rationale: 'Generated.' },
      });
    }
  }
  const linkedPairs = new Set<string>();
  for (let i = 0; i < shape.linked; i++) {
    let [cause, target] = [pick(all), pick(all)];
    while (target === cause || linkedPairs.has(`${cause.ref} ${target.ref}`)) [cause, target] = [pick(all), pick(all)];
    linkedPairs.add(`${cause.ref} ${target.ref}`);
    const jump = Math.max(1, Math.floor(target.levels * 0.6));
    moves.push({
      id: `answer-${i + 1}`,
      actor: actorId(target.a),
      label: `Answer ${cause.ref} on ${target.ref}`,
      description: `Actor ${target.a + 1} answers ${cause.ref} by jumping ${target.ref} to level ${jump}.`,
      requires: { all: [{ posture: cause.ref, atLeast: levelId(Math.floor(cause.levels / 2)) }, { posture: target.ref, atMost: levelId(jump - 1) }] },
      effects: [{ posture: target.ref, set: levelId(jump) }],
      cameo: pick(RAISE_CAMEO),
      propensity: { base: weight() / 2, rationale: 'Generated.' },
    });
  }
  const [first, second] = [all[0], all[Math.floor(all.length / 2)]];
  return {
    format: 1,
    meta: {
      id: shape.id,
      title: shape.title,
      summary: `Generated by scripts/generate-fixtures.ts for scale tests and benchmarks (${all.length} postures).`,
      language: 'en',
      authors: ['What Happens Next generator'],
      license: 'CC-BY-4.0',
      span: { from: '2030-01-01', to: '2031-12-31' },
      daysPerTurn: 1,
    },
    actors,
    moves,
    turns: { mode: 'alternating', order: actors.map((x) => x.id), pass: { allowed: true, weight: 1 }, start: '2030-01-01' },
    outcomes: [
      {
        id: 'war',
        label: 'War',
        description: 'Two postures at their top level.',
        when: { all: [{ posture: first?.ref, is: levelId((first?.levels ?? 1) - 1) }, { posture: second?.ref, is: levelId((second?.levels ?? 1) - 1) }] },
        terminal: true,
      },
      { id: 'calm', label: 'Calm', description: 'The first posture back at its lowest level.', when: { posture: first?.ref, is: levelId(0) } },
    ],
    explore: { deadEnds: false },
  };
}

for (const shape of SHAPES) {
  const target = new URL(`../tests/fixtures/${shape.id}.yaml`, import.meta.url);
  const text = `# Generated by scripts/generate-fixtures.ts (npm run fixtures): do not edit by hand.\n${stringify(scenario(shape), { lineWidth: 0, flowCollectionPadding: true })}`;
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
