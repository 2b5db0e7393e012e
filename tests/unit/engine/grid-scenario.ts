/**
 * Generated scenarios of a given size: `postures` postures of `levels` levels each, spread over
 * as few actors as the format allows (20 postures an actor). With `everyLevel`, a move per posture
 * and level sets it there from anywhere, so every combination is reachable (explore's worst case).
 */
export function gridScenario(postures: number, levels: number, { everyLevel = false } = {}): string {
  const perActor = 20;
  const actors = Math.ceil(postures / perActor);
  const levelList = Array.from({ length: levels }, (_, l) => `{ id: l${l}, label: L${l}, escalation: ${Math.min(10, l)} }`).join(', ');
  const lines = [
    'format: 1',
    'meta: { id: grid, title: Grid, summary: Generated., language: en, authors: [tests], license: CC-BY-4.0, span: { from: 2019-03-01, to: 2019-03-31 }, daysPerTurn: 1 }',
    'actors:',
  ];
  for (let a = 0; a < actors; a++) {
    lines.push(`  - { id: a${a}, name: Actor ${a}, short: A${a}, colour: "#${(0x100000 + a * 0x111111).toString(16).slice(-6)}", postures: [`);
    for (let p = a * perActor; p < Math.min(postures, (a + 1) * perActor); p++) lines.push(`      { id: p${p}, label: P${p}, initial: l0, levels: [${levelList}] },`);
    lines.push('    ] }');
  }
  lines.push('moves:');
  const move = (actor: number, posture: number, level: number) =>
    `  - { id: set-p${posture}-l${level}, actor: a${actor}, label: Set P${posture} to L${level}, description: x, effects: [{ posture: a${actor}.p${posture}, set: l${level} }], cameo: "01", propensity: { base: 1, rationale: x } }`;
  if (everyLevel) {
    for (let p = 0; p < postures; p++) for (let l = 0; l < levels; l++) lines.push(move(Math.floor(p / perActor), p, l));
  } else lines.push(move(0, 0, 1));
  lines.push('turns: { mode: free, start: 2019-03-01 }', '');
  return lines.join('\n');
}
