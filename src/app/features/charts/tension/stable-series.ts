/**
 * Keeps unchanged chart series the same objects from one render to the next. Recharts skips a
 * <Line> whose props are all equal, so a move that only changes the current branch redraws that
 * one line instead of every branch (toolchain.md: Recharts' cost grows with redrawn series).
 */
import type { TensionPoint, TensionSeries } from './tension-data.ts';

function samePoint(a: TensionPoint, b: TensionPoint): boolean {
  return (
    a.node === b.node &&
    a.x === b.x &&
    a.date === b.date &&
    a.tension === b.tension &&
    a.move.label === b.move.label &&
    a.move.actor === b.move.actor &&
    a.move.actorShort === b.move.actorShort &&
    a.move.cameo === b.move.cameo
  );
}

export function sameSeries(a: TensionSeries, b: TensionSeries): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.label !== b.label || a.kind !== b.kind || a.end !== b.end || a.number !== b.number || a.points.length !== b.points.length) return false;
  return a.points === b.points || a.points.every((p, i) => samePoint(p, b.points[i] as TensionPoint));
}

/** `next`, with every series equal in content to the previous one of the same key replaced by that previous object. */
export function reuseSeries(previous: readonly TensionSeries[], next: readonly TensionSeries[]): readonly TensionSeries[] {
  if (previous.length === 0) return next;
  const byKey = new Map(previous.map((s) => [s.key, s]));
  let changed = previous.length !== next.length;
  const out = next.map((s, i) => {
    const old = byKey.get(s.key);
    const kept = old && sameSeries(old, s) ? old : s;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? out : previous;
}
