import { BranchTree } from './branch-tree.tsx';
import { useSend, useSession } from '../session/index.ts';

export function TimelinePanel() {
  const send = useSend();
  const undoLabel = useSession((s) => s.past[s.past.length - 1]?.label ?? null);
  const redoLabel = useSession((s) => s.future[s.future.length - 1]?.label ?? null);
  const notice = useSession((s) => s.notice);

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <header className="panel__header">
        <h2 id="timeline-title">Timeline</h2>
        <div className="timeline__history">
          <button
            type="button"
            className="button button--small"
            disabled={undoLabel === null}
            aria-keyshortcuts="Control+Z"
            aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
            title="Ctrl+Z"
            onClick={() => send({ type: 'history.undo' })}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={redoLabel === null}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
            title="Ctrl+Shift+Z or Ctrl+Y"
            onClick={() => send({ type: 'history.redo' })}
          >
            Redo
          </button>
        </div>
      </header>
      <div className="timeline__status" role="status" aria-live="polite">
        {notice && (
          <p className="notice">
            {notice.text}{' '}
            {notice.undoable && (
              <button type="button" className="button button--small" onClick={() => send({ type: 'history.undo' })}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      <div className="timeline__scroll">
        <BranchTree />
      </div>
    </section>
  );
}
