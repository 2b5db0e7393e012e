import { useMemo, useState, type CSSProperties } from 'react';
import type { NodeId } from '../../../engine/index.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import { branchName, branchOf, layoutBranches, type Branch } from '../../lib/branches.ts';
import { useWords } from '../../lib/words/index.ts';
import { nodeWords, type NodeWords } from '../../lib/words/node-words.ts';
import { BRANCHES_SHOWN, NO_EXTRA, SHOW_MORE, STEPS_SHOWN, windowAround, type Extra } from './tree-window.ts';
import './branch-tree.css';

/** Deeper branches are drawn at this indent, so a deeply nested tree stays on screen. */
const MAX_INDENT = 12;

export function BranchTree() {
  const words = useWords();
  const send = useSend();
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const branches = useMemo(() => layoutBranches(timeline), [timeline]);
  const onPath = useMemo(() => new Set(timeline.pathTo(current)), [timeline, current]);
  const here = branchOf(branches, current);
  const [extra, setExtra] = useState<Extra>(NO_EXTRA);
  const hereIndex = Math.max(0, branches.findIndex((b) => b.start === here?.start));
  const { from, to } = windowAround(branches.length, hereIndex, BRANCHES_SHOWN, extra);

  return (
    <ol className="branch-tree" aria-label={words.t('timeline.branches')}>
      {from > 0 && (
        <li className="branch-tree__more">
          <ShowMore label={words.t('timeline.showEarlierBranches', { count: words.format.number(from) })} onClick={() => setExtra({ ...extra, before: extra.before + SHOW_MORE })} />
        </li>
      )}
      {branches.slice(from, to).map((branch) => (
        <BranchItem
          key={branch.start}
          branch={branch}
          name={branchName(words, timeline, branch)}
          isHere={here?.start === branch.start}
          onPath={onPath}
          current={current}
          describe={(id) => nodeWords(words, scenario, timeline.node(id))}
          date={(id) => timeline.node(id).date}
          deletable={!branch.main && timeline.node(branch.start).origin === 'play'}
          onGo={(id) => send({ type: 'node.go', id })}
          onRename={(name) => send({ type: 'branch.rename', id: branch.start, name })}
          onDelete={() => send({ type: 'branch.delete', id: branch.start })}
          onCompare={() => send({ type: 'compare.open', a: here?.end ?? current, b: branch.end })}
          canCompare={branches.length > 1}
        />
      ))}
      {to < branches.length && (
        <li className="branch-tree__more">
          <ShowMore label={words.t('timeline.showLaterBranches', { count: words.format.number(branches.length - to) })} onClick={() => setExtra({ ...extra, after: extra.after + SHOW_MORE })} />
        </li>
      )}
    </ol>
  );
}

function ShowMore({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="button button--small button--quiet" onClick={onClick}>
      {label}
    </button>
  );
}

interface BranchItemProps {
  readonly branch: Branch;
  readonly name: string;
  readonly isHere: boolean;
  readonly onPath: ReadonlySet<NodeId>;
  readonly current: NodeId;
  readonly describe: (id: NodeId) => NodeWords;
  readonly date: (id: NodeId) => string;
  readonly deletable: boolean;
  readonly canCompare: boolean;
  readonly onGo: (id: NodeId) => void;
  readonly onRename: (name: string | null) => void;
  readonly onDelete: () => void;
  readonly onCompare: () => void;
}

function BranchItem({ branch, name, isHere, onPath, current, describe, date, deletable, canCompare, onGo, onRename, onDelete, onCompare }: BranchItemProps) {
  const words = useWords();
  const { t } = words;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const [extra, setExtra] = useState<Extra>(NO_EXTRA);
  const at = branch.nodes.indexOf(current);
  const { from, to } = windowAround(branch.nodes.length, at < 0 ? branch.nodes.length - 1 : at, STEPS_SHOWN, extra);

  return (
    <li className={`branch${isHere ? ' branch--here' : ''}`} style={{ '--depth': Math.min(branch.depth, MAX_INDENT) } as CSSProperties} data-testid="branch">
      <div className="branch__header">
        {editing ? (
          <form
            className="branch__rename"
            onSubmit={(event) => {
              event.preventDefault();
              onRename(draft);
              setEditing(false);
            }}
          >
            <label className="visually-hidden" htmlFor={`rename-${branch.start}`}>
              {t('timeline.branchName')}
            </label>
            <input
              id={`rename-${branch.start}`}
              className="input"
              value={draft}
              maxLength={80}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setEditing(false);
                }
              }}
            />
            <button type="submit" className="button button--small">
              {t('common.save')}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <>
            <h3 className="branch__name">
              {name}
              {isHere && <span className="branch__here">{t('timeline.youAreHere')}</span>}
            </h3>
            <div className="branch__actions">
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('timeline.renameBranch', { name })}
                onClick={() => {
                  setDraft(name);
                  setEditing(true);
                }}
              >
                {t('timeline.rename')}
              </button>
              {canCompare && !isHere && (
                <button type="button" className="button button--small button--quiet" aria-label={t('timeline.compareBranch', { name })} onClick={onCompare}>
                  {t('timeline.compare')}
                </button>
              )}
              {deletable && (
                <button type="button" className="button button--small button--quiet button--danger" aria-label={t('timeline.deleteBranch', { name })} onClick={onDelete}>
                  {t('timeline.delete')}
                </button>
              )}
            </div>
          </>
        )}
      </div>
      {branch.fork !== null && <p className="branch__fork">{t('timeline.leaves', { date: words.format.date(date(branch.fork)) })}</p>}
      <ol className="branch__nodes">
        {from > 0 && (
          <li className="branch-tree__more">
            <ShowMore label={t('timeline.showEarlierSteps', { count: words.format.number(from) })} onClick={() => setExtra({ ...extra, before: extra.before + SHOW_MORE })} />
          </li>
        )}
        {branch.nodes.slice(from, to).map((id) => {
          const text = describe(id);
          const isCurrent = id === current;
          return (
            <li key={id} className={`tree-node${onPath.has(id) ? ' tree-node--on-path' : ''}${isCurrent ? ' tree-node--current' : ''}`}>
              <button
                type="button"
                className="tree-node__button"
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onGo(id)}
                style={text.colour ? ({ '--actor': text.colour } as CSSProperties) : undefined}
              >
                <span className="tree-node__date">{words.format.shortDate(date(id))}</span>
                {text.actor && <span className="tree-node__actor">{text.actor}</span>}
                <span className="tree-node__label">{text.label}</span>
              </button>
            </li>
          );
        })}
        {to < branch.nodes.length && (
          <li className="branch-tree__more">
            <ShowMore label={t('timeline.showLaterSteps', { count: words.format.number(branch.nodes.length - to) })} onClick={() => setExtra({ ...extra, after: extra.after + SHOW_MORE })} />
          </li>
        )}
      </ol>
    </li>
  );
}
