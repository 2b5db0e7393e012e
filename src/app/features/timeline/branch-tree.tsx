import { useMemo, useState, type CSSProperties } from 'react';
import type { NodeId } from '../../../engine/index.ts';
import { formatDate, formatShortDate } from '../../lib/format.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import { branchName, branchOf, layoutBranches, type Branch } from '../../lib/branches.ts';
import { nodeText } from '../../lib/node-text.ts';
import './branch-tree.css';

export function BranchTree() {
  const send = useSend();
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const branches = useMemo(() => layoutBranches(timeline), [timeline]);
  const onPath = useMemo(() => new Set(timeline.pathTo(current)), [timeline, current]);
  const here = branchOf(branches, current);

  return (
    <ol className="branch-tree" aria-label="Branches">
      {branches.map((branch) => (
        <BranchItem
          key={branch.start}
          branch={branch}
          name={branchName(timeline, branch, formatShortDate)}
          isHere={here?.start === branch.start}
          onPath={onPath}
          current={current}
          describe={(id) => nodeText(scenario, timeline, id)}
          date={(id) => timeline.node(id).date}
          deletable={!branch.main && timeline.node(branch.start).origin === 'play'}
          onGo={(id) => send({ type: 'node.go', id })}
          onRename={(name) => send({ type: 'branch.rename', id: branch.start, name })}
          onDelete={() => send({ type: 'branch.delete', id: branch.start })}
          onCompare={() => send({ type: 'compare.open', a: here?.end ?? current, b: branch.end })}
          canCompare={branches.length > 1}
        />
      ))}
    </ol>
  );
}

interface BranchItemProps {
  readonly branch: Branch;
  readonly name: string;
  readonly isHere: boolean;
  readonly onPath: ReadonlySet<NodeId>;
  readonly current: NodeId;
  readonly describe: (id: NodeId) => ReturnType<typeof nodeText>;
  readonly date: (id: NodeId) => string;
  readonly deletable: boolean;
  readonly canCompare: boolean;
  readonly onGo: (id: NodeId) => void;
  readonly onRename: (name: string | null) => void;
  readonly onDelete: () => void;
  readonly onCompare: () => void;
}

function BranchItem({ branch, name, isHere, onPath, current, describe, date, deletable, canCompare, onGo, onRename, onDelete, onCompare }: BranchItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);

  return (
    <li className={`branch${isHere ? ' branch--here' : ''}`} style={{ '--depth': branch.depth } as CSSProperties} data-testid="branch">
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
              Branch name
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
              Save
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            <h3 className="branch__name">
              {name}
              {isHere && <span className="branch__here"> (you are here)</span>}
            </h3>
            <div className="branch__actions">
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Rename ${name}`}
                onClick={() => {
                  setDraft(name);
                  setEditing(true);
                }}
              >
                Rename
              </button>
              {canCompare && !isHere && (
                <button type="button" className="button button--small button--quiet" aria-label={`Compare ${name} with your branch`} onClick={onCompare}>
                  Compare
                </button>
              )}
              {deletable && (
                <button type="button" className="button button--small button--quiet button--danger" aria-label={`Delete ${name}`} onClick={onDelete}>
                  Delete
                </button>
              )}
            </div>
          </>
        )}
      </div>
      {branch.fork !== null && <p className="branch__fork">Leaves the line on {formatDate(date(branch.fork))}</p>}
      <ol className="branch__nodes">
        {branch.nodes.map((id) => {
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
                <span className="tree-node__date">{formatShortDate(date(id))}</span>
                {text.actor && <span className="tree-node__actor">{text.actor}</span>}
                <span className="tree-node__label">{text.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </li>
  );
}
