import { useMemo, type CSSProperties } from 'react';
import type { NodeId } from '../../../engine/index.ts';
import { branchName, layoutBranches } from '../../lib/branches.ts';
import { useWords, WithLazyWords } from '../../lib/words/index.ts';
import { nodeWords } from '../../lib/words/node-words.ts';
import { tensionText } from '../../lib/words/tension.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import './compare-view.css';

/** Two branches side by side: where they part, then postures, indicators and outcomes at their ends. */
export function CompareView(props: { readonly a: NodeId; readonly b: NodeId }) {
  return (
    <WithLazyWords>
      <Comparison {...props} />
    </WithLazyWords>
  );
}

function Comparison({ a, b }: { readonly a: NodeId; readonly b: NodeId }) {
  const words = useWords();
  const { t, format } = words;
  const send = useSend();
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const branches = useMemo(() => layoutBranches(timeline), [timeline]);
  const comparison = useMemo(() => timeline.compare(a, b), [timeline, a, b]);
  const postures = useMemo(() => [timeline.postures(a), timeline.postures(b)] as const, [timeline, a, b]);
  const indicators = useMemo(() => [timeline.indicators(a), timeline.indicators(b)] as const, [timeline, a, b]);

  const ends = branches.map((br) => ({ id: br.end, label: t('compare.end', { branch: branchName(words, timeline, br), date: format.shortDate(timeline.node(br.end).date) }) }));
  const nameAt = (id: NodeId) => {
    const br = branches.find((x) => x.nodes.includes(id));
    return br ? branchName(words, timeline, br) : t('compare.point', { id });
  };
  const step = (id: NodeId | null) => {
    if (id === null) return t('compare.nothing');
    const n = nodeWords(words, scenario, timeline.node(id));
    return t('compare.step', { date: format.date(timeline.node(id).date), actor: n.actor ?? '', label: n.label }).trim();
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
              <label htmlFor={`compare-${side}`}>{t('compare.branch', { side })}</label>
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
        <h3 id="divergence-title">{t('compare.part')}</h3>
        <p>
          {words.rich('compare.common', {
            date: format.date(timeline.node(common).date),
            what: nodeWords(words, scenario, timeline.node(common)).label,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <ul>
          {(['a', 'b'] as const).map((side) => (
            <li key={side}>
              {words.rich('compare.then', {
                side,
                branch: nameAt(side === 'a' ? a : b),
                step: step(comparison.firstDivergent[side]),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="indicators-title">
        <h3 id="indicators-title">{t('compare.indicators')}</h3>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('compare.indicator')}</th>
              <th scope="col">{t('compare.a')}</th>
              <th scope="col">{t('compare.b')}</th>
              <th scope="col">{t('compare.delta')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('compare.date')}</th>
              <td>{format.date(timeline.node(a).date)}</td>
              <td>{format.date(timeline.node(b).date)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">{t('compare.tension')}</th>
              <td>{tensionText(words, indicators[0].tension)}</td>
              <td>{tensionText(words, indicators[1].tension)}</td>
              <td>{format.signed(comparison.tensionDelta, 0)}</td>
            </tr>
            {scenario.actors.map((actor) => (
              <tr key={actor.id}>
                <th scope="row">{t('compare.cumulative', { actor: actor.short })}</th>
                <td>{format.signed(indicators[0].cumulativeGoldstein[actor.id] ?? 0)}</td>
                <td>{format.signed(indicators[1].cumulativeGoldstein[actor.id] ?? 0)}</td>
                <td>{format.signed(comparison.cumulativeGoldsteinDelta[actor.id] ?? 0)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('compare.outcomes')}</th>
              <td>{indicators[0].outcomes.map(outcomeLabel).join(t('list.comma')) || t('compare.none')}</td>
              <td>{indicators[1].outcomes.map(outcomeLabel).join(t('list.comma')) || t('compare.none')}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="postures-compare-title">
        <h3 id="postures-compare-title">{t('compare.postures')}</h3>
        <p className="muted">{t('compare.differ', { count: comparison.postures.length })}</p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('compare.posture')}</th>
              <th scope="col">{t('compare.a')}</th>
              <th scope="col">{t('compare.b')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('compare.difference')}</span>
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
                    <th scope="row">{t('compare.postureRow', { actor: actor.short, posture: posture.label })}</th>
                    <td>
                      {la?.label} <span className="muted">({la?.escalation})</span>
                    </td>
                    <td>
                      {lb?.label} <span className="muted">({lb?.escalation})</span>
                    </td>
                    <td>{differs ? <strong>{t('compare.differs')}</strong> : ''}</td>
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
