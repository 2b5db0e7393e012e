/**
 * How the futures begin (issue 13): the rollouts grouped by their first moves, likeliest first, as an
 * icicle (each row one move deeper, each block as wide as its share of all futures; its accessible name
 * lists the first moves) or, for exact figures, the same tree as a table. It says something even when nearly every
 * future follows a path of its own and the most likely paths are rows of 0.01%.
 */
import { memo, useState } from 'react';
import type { OutcomeResult, PrefixNode, PrefixTree } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { TableScroll } from '../../components/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { moveLabel } from './format.ts';

/** Blocks narrower than this share of all futures are drawn without a name (it would not fit); their title and the table have it. */
const LABELLED = 0.08;

interface Row {
  readonly node: PrefixNode;
  readonly depth: number;
  readonly key: string;
}

function rows(nodes: readonly PrefixNode[], depth = 0, parent = ''): Row[] {
  return nodes.flatMap((node, i) => {
    const key = `${parent}/${i}:${node.move}`;
    return [{ node, depth, key }, ...rows(node.children, depth + 1, key)];
  });
}

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const PrefixTreeView = memo(function PrefixTreeView({ scenario, tree, outcomes }: { readonly scenario: Scenario; readonly tree: PrefixTree; readonly outcomes: readonly OutcomeResult[] }) {
  const words = useWords();
  const { t, format } = words;
  const [table, setTable] = useState(false);
  if (tree.children.length === 0) return null;
  const label = (node: PrefixNode) => moveLabel(words, scenario, node.move);
  const icicle = (nodes: readonly PrefixNode[], share: number) => (
    <div className="whn-icicle-row">
      {nodes.map((node, i) => (
        <div key={i} className="whn-icicle-cell" style={{ width: `${(node.probability / share) * 100}%` }}>
          <div className="whn-icicle-block" title={`${label(node)} · ${format.percent(node.probability, 1)}`}>
            {node.probability >= LABELLED && <span>{label(node)}</span>}
          </div>
          {node.children.length > 0 && icicle(node.children, node.probability)}
        </div>
      ))}
    </div>
  );
  const firstMoves = tree.children.map((node) => t('whatsNext.tree.share', { move: label(node), share: format.percent(node.probability, 1) })).join(', ');
  return (
    <section className="whn-section" aria-labelledby="whn-tree">
      <div className="whn-figure__head">
        <h4 id="whn-tree">{t('whatsNext.tree.title')}</h4>
        <button type="button" className="button button--small" aria-pressed={table} onClick={() => setTable((v) => !v)}>
          {table ? t('whatsNext.showChart') : t('charts.showTable')}
        </button>
      </div>
      <p className="whn-summary">{t('whatsNext.tree.summary', { levels: tree.levels })}</p>
      {table ? (
        <TableScroll label={t('whatsNext.tree.table')}>
          <table className="table whn-table whn-tree-table">
            <caption className="visually-hidden">{t('whatsNext.tree.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('whatsNext.tree.col.move')}</th>
                <th scope="col">{t('whatsNext.tree.col.share')}</th>
                <th scope="col">{t('whatsNext.tree.col.given')}</th>
                {outcomes.map((o) => (
                  <th key={o.id} scope="col">{o.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows(tree.children).map(({ node, depth, key }) => (
                <tr key={key}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.2}em` }}>
                    {depth > 0 && <span aria-hidden="true">{'↳ '}</span>}
                    <span className="visually-hidden">{t('whatsNext.tree.level', { level: depth + 1 })}</span>
                    {label(node)}
                  </th>
                  <td>{format.percent(node.probability, 1)}</td>
                  <td>{format.percent(node.conditional, 0)}</td>
                  {outcomes.map((o) => (
                    <td key={o.id}>{format.percent(node.outcomes[o.id] ?? 0, 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <div className="whn-icicle" role="img" aria-label={t('whatsNext.tree.chart', { moves: firstMoves })}>
          {icicle(tree.children, 1)}
        </div>
      )}
    </section>
  );
});
