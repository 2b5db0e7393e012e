/** The after-action review as a Markdown report: what a teacher hands out or files after class. */
import { classSummaryText } from './class-summary.ts';
import { divergenceText, type Debrief } from './debrief.ts';
import { tensionChange, tensionText } from './tension-format.ts';

/** Escapes text typed by users or taken from a scenario so it cannot turn into Markdown markup. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}


export function markdownReport(debrief: Debrief, sessionName: string | null = null): string {
  const out: string[] = [];
  out.push(`# After-action review: ${mdText(debrief.scenario.title)}`, '');
  if (sessionName) out.push(`Session: ${mdText(sessionName)}`, '');
  out.push(`- Turns: ${debrief.turnMode}`);
  for (const team of debrief.teams) out.push(`- ${mdText(team.name)}: ${team.actors.map(mdText).join(', ') || 'no actor'}`);
  if (debrief.computerActors.length > 0) out.push(`- Computer (seed ${debrief.seed}): ${debrief.computerActors.map(mdText).join(', ')}`);
  if (debrief.facilitator) out.push(`- Facilitator: ${mdText(debrief.facilitator)}`);
  out.push(`- Started ${debrief.start.date}, ${mdText(debrief.start.label)}`, '');

  out.push('## The path taken', '');
  for (const p of debrief.path) out.push(`1. ${p.date} — ${mdText(p.label)}`);
  out.push('');

  out.push('## Decisions', '');
  if (debrief.decisions.length === 0) out.push('No decisions yet.');
  else {
    out.push('| Step | Date | Actor | Move | By | Goldstein | Tension | Change |', '|---|---|---|---|---|---|---|---|');
    for (const d of debrief.decisions) {
      const notes = [d.voidReason ? `void: ${d.voidReason}` : '', d.reason ? `reason: ${d.reason}` : ''].filter(Boolean).join('; ');
      const move = `${mdText(d.label)}${notes ? ` (${mdText(notes)})` : ''}`;
      out.push(`| ${d.step} | ${d.date} | ${mdText(d.actorShort)} | ${move} | ${mdText(d.by)} | ${d.goldstein ?? '—'} | ${tensionText(d.tensionAfter)} | ${tensionChange(d.tensionBefore, d.tensionAfter)} |`);
    }
    out.push('', classSummaryText(debrief.classMoves, debrief.start.date));
  }
  out.push('');

  const { outcome } = debrief;
  out.push('## Outcome', '');
  out.push(`On ${outcome.date} the tension index stands at ${tensionText(outcome.tension)} (${tensionChange(outcome.startTension, outcome.tension)} since the start)${outcome.over ? '; the game is over' : ''}.`);
  if (outcome.reached.length === 0) out.push('', 'No named outcome holds.');
  for (const o of outcome.reached) out.push('', `- **${mdText(o.label)}**${o.terminal ? ' (ends the game)' : ''}: ${mdText(o.description)}`);
  out.push('');

  const dv = debrief.divergence;
  if (dv) {
    out.push('## Divergence from history', '');
    out.push(mdText(divergenceText(dv)));
    if (dv.historyInstead.length > 0) {
      out.push('', 'What really happened instead:', '');
      for (const h of dv.historyInstead) {
        const sources = h.sources.map((s) => `[${mdText(s.title)}](${s.url.replace(/[()\s]/g, encodeURIComponent)})`).join(', ');
        out.push(`- ${h.date} — ${mdText(h.actorShort)}: ${mdText(h.label)}. ${mdText(h.narration)}${h.flag ? ` (${mdText(h.flag)})` : ''}${sources ? ` Sources: ${sources}` : ''}`);
      }
    }
    out.push('', `History ended on ${dv.historyEnd.date} at tension ${tensionText(dv.historyEnd.tension)}; the class is at ${tensionText(outcome.tension)} (${tensionChange(dv.historyEnd.tension, outcome.tension)}).`);
    if (dv.postures.length > 0) {
      out.push('', '| Posture | Class | History |', '|---|---|---|');
      for (const p of dv.postures) out.push(`| ${mdText(p.postureLabel)} | ${mdText(p.classLevel)} | ${mdText(p.historyLevel)} |`);
    }
    out.push('');
  }

  if (debrief.questions.length > 0) {
    out.push('## Debrief questions', '');
    debrief.questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q)}`));
    out.push('');
  }

  out.push('## Session log', '');
  if (debrief.log.length === 0) out.push('The log is empty.');
  for (const e of debrief.log) out.push(`- ${e.at} (${e.date}) **${mdText(e.who)}** ${mdText(e.action)}${e.reason ? ` — reason: ${mdText(e.reason)}` : ''}`);
  out.push('');
  return out.join('\n');
}
