/** `whn validate --explain`: each move's CAMEO code in words, so a plausible wrong code shows. */
import { explainMoveCodes, goldsteinText, QUAD_CLASS, type MoveCode, type Scenario } from '../scenario/index.ts';

/**
 * One line per move:
 *   expand-sanctions (US): CAMEO 163 "Impose embargo, boycott, or sanctions" (root 16 "Reduce relations", material conflict), Goldstein −8.0
 *   cancel-sanctions (US): CAMEO 081 "Ease administrative sanctions" (…), Goldstein +3.0, overridden (the code's +5.0): A reversal …
 *   exercise (US, ROK): CAMEO 152 …                     (a move made together names every actor)
 *   pause-tests (DPRK): no CAMEO code (cameo: none), Goldstein +1.0 (the scenario's weight): A silence is …
 */
export function explainLines(scenario: Scenario): string[] {
  const short = new Map(scenario.actors.map((a) => [a.id, a.short]));
  return explainMoveCodes(scenario).map((m) => {
    const who = m.actors.map((id) => short.get(id) ?? id).join(', ');
    return `  ${m.move} (${who}): ${codeText(m)}${weightText(m)}`;
  });
}

function codeText({ code, entry, root }: MoveCode): string {
  if (code === 'none') return 'no CAMEO code (cameo: none)';
  if (!entry) return `CAMEO ${code} (not in the CAMEO table)`;
  const under = root && root.code !== entry.code ? `root ${root.code} "${root.description}", ` : '';
  return `CAMEO ${code} "${entry.description}" (${under}${QUAD_CLASS[entry.quadClass]})`;
}

function weightText({ code, entry, goldstein, override }: MoveCode): string {
  if (goldstein === undefined) return ', no Goldstein weight';
  if (!override) return `, Goldstein ${goldsteinText(goldstein)}`;
  if (code === 'none') return `, Goldstein ${goldsteinText(goldstein)} (the scenario's weight): ${override.reason}`;
  const table = entry ? ` (the code's ${goldsteinText(entry.goldstein)})` : '';
  return `, Goldstein ${goldsteinText(goldstein)}, overridden${table}: ${override.reason}`;
}

/** The same for --json: one entry per move. */
export function explainJson(scenario: Scenario): object[] {
  return explainMoveCodes(scenario).map(({ move, actors, code, entry, root, goldstein, override }) => ({
    move,
    actors,
    cameo: code,
    description: entry?.description ?? null,
    root: root ? { code: root.code, description: root.description } : null,
    quadClass: entry ? QUAD_CLASS[entry.quadClass] : null,
    tableGoldstein: entry?.goldstein ?? null,
    goldstein: goldstein ?? null,
    override: override ?? null,
  }));
}
