/** The after-action review as a Markdown report: what a teacher hands out or files after class. */
import type { Debrief } from '../../../engine/classroom/index.ts';
import type { Timeline } from '../../../engine/index.ts';
import { voidText } from '../../lib/words/conditions.ts';
import { classSummaryText, decisionText, divergenceText, flagText, startText, stepText } from '../../lib/words/debrief-words.ts';
import { logLine } from '../../lib/words/log-words.ts';
import { sourceText } from '../../lib/words/moves.ts';
import { nodeSentence } from '../../lib/words/node-words.ts';
import { tensionChange, tensionText } from '../../lib/words/tension.ts';
import type { Words } from '../../lib/words/index.ts';

/** Escapes text typed by users or taken from a scenario so it cannot turn into Markdown markup. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function markdownReport(words: Words, timeline: Timeline, debrief: Debrief, sessionName: string | null = null): string {
  const { t } = words;
  const { scenario } = timeline;
  const out: string[] = [];
  out.push(`# ${t('debrief.title', { title: mdText(debrief.scenario.title) })}`, '');
  if (sessionName) out.push(t('report.session', { name: mdText(sessionName) }), '');
  out.push(`- ${t('report.turns', { mode: debrief.turnMode })}`);
  for (const team of debrief.teams) out.push(`- ${t('report.team', { team: mdText(team.name), actors: team.actors.map(mdText).join(t('list.comma')) || t('debrief.noActor') })}`);
  if (debrief.computerActors.length > 0) out.push(`- ${t('report.computer', { seed: debrief.seed, actors: debrief.computerActors.map(mdText).join(t('list.comma')) })}`);
  if (debrief.facilitator) out.push(`- ${t('classroom.facilitatorIs', { name: mdText(debrief.facilitator) })}`);
  out.push(`- ${t('report.started', { date: words.format.date(debrief.start.date), start: mdText(startText(words, timeline, debrief)) })}`, '');

  out.push(`## ${t('debrief.path.title')}`, '');
  for (const p of debrief.path) out.push(`1. ${words.format.date(p.date)} — ${mdText(nodeSentence(words, scenario, timeline.node(p.node)))}`);
  out.push('');

  out.push(`## ${t('debrief.decisions.title')}`, '');
  if (debrief.decisions.length === 0) out.push(t('debrief.decisions.none'));
  else {
    const columns = (['debrief.col.step', 'debrief.col.date', 'debrief.col.actor', 'debrief.col.move', 'debrief.col.by', 'debrief.col.goldstein', 'debrief.col.tension', 'debrief.col.change'] as const).map((k) => t(k));
    out.push(`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
    for (const d of debrief.decisions) {
      const notes = [d.voidReason ? t('report.void', { reason: voidText(words, scenario, d.voidReason) }) : '', d.reason ? t('report.reason', { reason: d.reason }) : ''].filter(Boolean).join(t('list.semicolon'));
      const move = `${mdText(decisionText(words, timeline, d))}${notes ? ` (${mdText(notes)})` : ''}`;
      const goldstein = d.goldstein === null ? '—' : words.format.number(d.goldstein);
      out.push(`| ${stepText(words, d.step)} | ${words.format.date(d.date)} | ${mdText(d.actorShort)} | ${move} | ${mdText(sourceText(words, debrief.settings, d.by))} | ${goldstein} | ${tensionText(words, d.tensionAfter)} | ${tensionChange(words, d.tensionBefore, d.tensionAfter)} |`);
    }
    out.push('', classSummaryText(words, timeline, debrief.classMoves, debrief.start.date));
  }
  out.push('');

  const { outcome } = debrief;
  out.push(`## ${t('debrief.outcome.title')}`, '');
  out.push(t('report.outcome', { date: words.format.date(outcome.date), tension: tensionText(words, outcome.tension), change: tensionChange(words, outcome.startTension, outcome.tension), over: outcome.over ? 'yes' : 'no' }));
  if (outcome.reached.length === 0) out.push('', t('debrief.outcome.none'));
  for (const o of outcome.reached) out.push('', `- **${mdText(o.label)}**${o.terminal ? t('debrief.outcome.endsGame') : ''}: ${mdText(o.description)}`);
  out.push('');

  const dv = debrief.divergence;
  if (dv) {
    out.push(`## ${t('debrief.divergence.title')}`, '');
    out.push(mdText(divergenceText(words, timeline, dv)));
    if (dv.historyInstead.length > 0) {
      out.push('', t('report.historyInstead'), '');
      for (const h of dv.historyInstead) {
        const sources = h.sources.map((s) => `[${mdText(s.title)}](${s.url.replace(/[()\s]/g, encodeURIComponent)})`).join(t('list.comma'));
        const flag = h.flag ? ` (${mdText(flagText(words, h.flag))})` : '';
        out.push(`- ${words.format.date(h.date)} — ${mdText(h.actorShort)}: ${mdText(h.label)}. ${mdText(h.narration)}${flag}${sources ? ` ${t('report.sources', { sources })}` : ''}`);
      }
    }
    out.push('', t('debrief.historyEnd', { date: words.format.date(dv.historyEnd.date), history: tensionText(words, dv.historyEnd.tension), class: tensionText(words, outcome.tension), change: tensionChange(words, dv.historyEnd.tension, outcome.tension) }));
    if (dv.postures.length > 0) {
      out.push('', `| ${t('debrief.col.posture')} | ${t('debrief.col.class')} | ${t('debrief.col.history')} |`, '|---|---|---|');
      for (const p of dv.postures) out.push(`| ${mdText(p.postureLabel)} | ${mdText(p.classLevel)} | ${mdText(p.historyLevel)} |`);
    }
    out.push('');
  }

  if (debrief.questions.length > 0) {
    out.push(`## ${t('debrief.questions.title')}`, '');
    debrief.questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q)}`));
    out.push('');
  }

  out.push(`## ${t('debrief.log.title')}`, '');
  if (debrief.log.length === 0) out.push(t('report.logEmpty'));
  for (const e of debrief.log) {
    const line = logLine(words, scenario, debrief.settings, e);
    out.push(`- ${e.at} (${e.date}) **${mdText(line.who)}** ${mdText(line.action)}${line.reason ? t('log.reason', { reason: mdText(line.reason) }) : ''}`);
  }
  out.push('');
  return out.join('\n');
}
