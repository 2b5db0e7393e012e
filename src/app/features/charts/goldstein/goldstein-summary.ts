/** The Goldstein chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { GoldsteinRow } from './goldstein-data.ts';
import { formatDate, formatSigned } from '../shared/chart-format.ts';

export function goldsteinSummary(rows: readonly GoldsteinRow[]): string {
  if (rows.length === 0) return 'No moves yet on this path.';
  const count = (k: GoldsteinRow['kind']) => rows.filter((r) => r.kind === k).length;
  const conflict = count('conflict');
  const cooperation = count('cooperation');
  const rest = rows.length - conflict - cooperation;
  const parts = [
    `${rows.length} ${rows.length === 1 ? 'move' : 'moves'} on this path: ${conflict} conflictual, ${cooperation} cooperative${rest > 0 ? `, ${rest} neutral or passed` : ''}.`,
  ];
  const weighed = rows.filter((r): r is GoldsteinRow & { goldstein: number } => r.goldstein !== null);
  const describe = (r: GoldsteinRow & { goldstein: number }) => `${r.move.actorShort} ${r.move.label} (${formatSigned(r.goldstein)}, ${formatDate(r.date)})`;
  const worst = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein < 0 && (!m || r.goldstein < m.goldstein) ? r : m), null);
  const best = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein > 0 && (!m || r.goldstein > m.goldstein) ? r : m), null);
  if (worst) parts.push(`Most conflictual: ${describe(worst)}.`);
  if (best) parts.push(`Most cooperative: ${describe(best)}.`);
  parts.push(`Net weight ${formatSigned(weighed.reduce((n, r) => n + r.goldstein, 0))}.`);
  return parts.join(' ');
}
