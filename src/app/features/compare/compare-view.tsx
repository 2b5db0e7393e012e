import { useMemo, type CSSProperties } from 'react';
import type { NodeId } from '../../../engine/index.ts';
import { branchName, layoutBranches } from '../../lib/branches.ts';
import { formatDate, formatShortDate, formatSigned } from '../../lib/format.ts';
import { nodeText } from '../../lib/node-text.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import './compare-view.css';

/** Two branches side by side: where they part, then postures, indicators and outcomes at their ends. */
export function CompareView({ a, b }: { readonly a: NodeId; readonly b: NodeId }) {
  const send = useSend();
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const branches = useMemo(() => layoutBranches(timeline), [timeline]);
  const comparison = useMemo(() => timeline.compare(a, b), [timeline, a, b]);
  const postures = useMemo(() => [timeline.postures(a), timeline.postures(b)] as const, [timeline, a, b]);
  const indicators = useMemo(() => [timeline.indicators(a), timeline.indicators(b)] as const, [timeline, a, b]);

  const ends = branches.map((br) => ({ id: br.end, label: `${branchName(timeline, br, formatShortDate)} — ends ${formatShortDate(timeline.node(br.end).date)}` }));
  const nameAt = (id: NodeId) => {
    const br = branches.find((x) => x.nodes.includes(id));
    return br ? branchName(timeline, br, formatShortDate) : `point ${id}`;
  };
  const step = (id: NodeId | null) => {
    if (id === null) return 'nothing further';
    const t = nodeText(scenario, timeline, id);
    return `${formatDate(timeline.node(id).date)}: ${t.actor ?? ''} ${t.label}`.trim();
  };
  const common = comparison.commonAncestor;
  const outcomeLabel = (id: string) => scenario.outcomes.find((o) => o.id === id)?.label ?? id;
  const pick = (side: 'a' | 'b', id: NodeId) => send({ type: 'compare.open', a: side === 'a' ? id : a, b: side === 'b' ? id : b });

  return (
    <div className="compare">
      <div className="compare__pickers">
        {(['a', 'b'] as const).map((side) => {
          const chosen = side === 'a' ? a : b;
          const full = ends.find((e) => e.id === chosen)?.label ?? '';
          return (
            <div key={side} className="compare__picker">
              <label htmlFor={`compare-${side}`}>{side === 'a' ? 'Branch A' : 'Branch B'}</label>
              {/* Fixed width, so a long branch name cannot push the other side away; the full name is shown below. */}
              <select id={`compare-${side}`} className="select" value={chosen} title={full} onChange={(event) => pick(side, Number(event.target.value))}>
                {ends.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.label}
                  </option>
                ))}
              </select>
              <p className="compare__name" aria-hidden="true">
                {full}
              </p>
            </div>
          );
        })}
      </div>

      <section aria-labelledby="divergence-title" className="compare__divergence">
        <h3 id="divergence-title">Where they part</h3>
        <p>
          Both follow the same path up to <strong>{formatDate(timeline.node(common).date)}</strong> ({step(common) === 'nothing further' ? 'the start' : nodeText(scenario, timeline, common).label}).
        </p>
        <ul>
          <li>
            <strong>A</strong> ({nameAt(a)}) then: {step(comparison.firstDivergent.a)}
          </li>
          <li>
            <strong>B</strong> ({nameAt(b)}) then: {step(comparison.firstDivergent.b)}
          </li>
        </ul>
      </section>

      <section aria-labelledby="indicators-title">
        <h3 id="indicators-title">Indicators at the end of each branch</h3>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">B − A</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Date</th>
              <td>{formatDate(timeline.node(a).date)}</td>
              <td>{formatDate(timeline.node(b).date)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">Tension index (0–100)</th>
              <td>{Math.round(indicators[0].tension)}</td>
              <td>{Math.round(indicators[1].tension)}</td>
              <td>{formatSigned(comparison.tensionDelta, 0)}</td>
            </tr>
            {scenario.actors.map((actor) => (
              <tr key={actor.id}>
                <th scope="row">{actor.short} cumulative Goldstein</th>
                <td>{formatSigned(indicators[0].cumulativeGoldstein[actor.id] ?? 0)}</td>
                <td>{formatSigned(indicators[1].cumulativeGoldstein[actor.id] ?? 0)}</td>
                <td>{formatSigned(comparison.cumulativeGoldsteinDelta[actor.id] ?? 0)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Outcomes reached</th>
              <td>{indicators[0].outcomes.map(outcomeLabel).join(', ') || 'none'}</td>
              <td>{indicators[1].outcomes.map(outcomeLabel).join(', ') || 'none'}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="postures-compare-title">
        <h3 id="postures-compare-title">Postures side by side</h3>
        <p className="muted">{comparison.postures.length === 0 ? 'Every posture is the same at both ends.' : `${comparison.postures.length} ${comparison.postures.length === 1 ? 'posture differs' : 'postures differ'}; marked “differs”.`}</p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Posture</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">
                <span className="visually-hidden">Difference</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenario.actors.flatMap((actor) =>
              actor.postures.map((posture) => {
                const la = posture.levels.find((l) => l.id === postures[0][actor.id]?.[posture.id]);
                const lb = posture.levels.find((l) => l.id === postures[1][actor.id]?.[posture.id]);
                const differs = la?.id !== lb?.id;
                return (
                  <tr key={`${actor.id}.${posture.id}`} className={differs ? 'row--differs' : undefined} style={{ '--actor': actor.colour } as CSSProperties}>
                    <th scope="row">
                      {actor.short} · {posture.label}
                    </th>
                    <td>
                      {la?.label} <span className="muted">({la?.escalation})</span>
                    </td>
                    <td>
                      {lb?.label} <span className="muted">({lb?.escalation})</span>
                    </td>
                    <td>{differs ? <strong>differs</strong> : ''}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
