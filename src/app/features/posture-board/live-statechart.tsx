import type { CSSProperties } from 'react';
import { isActive, type OutlineNode, type StateValueLike } from '../../../engine/index.ts';
import { useWords } from '../../lib/words/index.ts';
import './live-statechart.css';

export interface LiveStatechartProps {
  readonly outline: OutlineNode;
  readonly value: StateValueLike;
  /** Region colours by top-level key (the actors' colours). */
  readonly colours: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The machine drawn in statechart notation: parallel regions side by side with dashed
 * separators, states as rounded boxes, the initial state marked, active states filled.
 */
export function LiveStatechart({ outline, value, colours, labels }: LiveStatechartProps) {
  const { t } = useWords();
  const active = collectActive(outline, value);
  return (
    <figure className="statechart" aria-labelledby="statechart-caption">
      <figcaption id="statechart-caption" className="statechart__caption">
        {t('board.statechart')} <span className="statechart__legend">{t('board.statechartLegend')}</span>
      </figcaption>
      <div className="statechart__machine" aria-hidden="true" translate="no">
        <span className="statechart__machine-name">{outline.key}</span>
        <div className="statechart__regions">
          {outline.children.map((actor) => (
            <div key={actor.key} className="statechart__actor" style={{ '--actor': colours[actor.key] ?? '#555' } as CSSProperties}>
              <span className="statechart__region-name">{labels[actor.key] ?? actor.key}</span>
              <div className="statechart__postures">{actor.children.map((region) => <Region key={region.key} node={region} value={value} />)}</div>
            </div>
          ))}
        </div>
      </div>
      <p className="visually-hidden">{t('board.activeStates', { states: active.join(t('list.semicolon')) })}</p>
    </figure>
  );
}

function Region({ node, value }: { readonly node: OutlineNode; readonly value: StateValueLike }) {
  return (
    <div className="statechart__region">
      <span className="statechart__region-name statechart__region-name--small">{node.key}</span>
      <div className="statechart__states">
        {node.children.map((state) => {
          const on = isActive(value, state.path);
          return (
            <span key={state.key} className={`statechart__state${on ? ' statechart__state--active' : ''}`} data-active={on || undefined}>
              {node.initial === state.key && <span className="statechart__initial">●</span>}
              {state.key}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function collectActive(node: OutlineNode, value: StateValueLike): string[] {
  if (node.children.length === 0) return isActive(value, node.path) ? [node.path.join('.')] : [];
  return node.children.flatMap((child) => collectActive(child, value));
}
