import { useEffect, useRef } from 'react';
import { BranchTree } from './branch-tree.tsx';
import { scrollNearestWithin } from '../../lib/scroll.ts';
import { changeText, useCan, useSend, useSession } from '../../stores/session/index.ts';
import { useWords } from '../../lib/words/index.ts';
import './timeline-panel.css';

export function TimelinePanel() {
  const words = useWords();
  const { t } = words;
  const send = useSend();
  const canUndo = useCan({ type: 'history.undo' });
  const canRedo = useCan({ type: 'history.redo' });
  const undoChange = useSession((s) => s.past[s.past.length - 1]?.change ?? null);
  const redoChange = useSession((s) => s.future[s.future.length - 1]?.change ?? null);
  const undoLabel = undoChange && changeText(words, undoChange);
  const redoLabel = redoChange && changeText(words, redoChange);
  const notice = useSession((s) => s.notice);
  const current = useSession((s) => s.current);
  const timeline = useSession((s) => s.timeline);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new branch or a step elsewhere puts "you are here" in view (History is long; branches sit below it).
  // An IntersectionObserver reports where it is without forcing a layout in the middle of a move's render.
  useEffect(() => {
    const box = scrollRef.current;
    const here = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !here) return;
    if (typeof IntersectionObserver === 'undefined') {
      scrollNearestWithin(box, here);
      return;
    }
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        if (entry && entry.intersectionRatio < 1) scrollNearestWithin(box, here);
      },
      { root: box, threshold: 1 },
    );
    observer.observe(here);
    return () => observer.disconnect();
  }, [current, timeline]);

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <header className="panel__header">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <div className="timeline__history">
          <button
            type="button"
            className="button button--small"
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            aria-label={undoLabel ? t('timeline.undoWhat', { what: undoLabel }) : t('timeline.undo')}
            title={t('shortcuts.undo.keys')}
            onClick={() => send({ type: 'history.undo' })}
          >
            {t('timeline.undo')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            aria-label={redoLabel ? t('timeline.redoWhat', { what: redoLabel }) : t('timeline.redo')}
            title={t('shortcuts.redo.keys')}
            onClick={() => send({ type: 'history.redo' })}
          >
            {t('timeline.redo')}
          </button>
        </div>
      </header>
      <div className="timeline__status" role="status" aria-live="polite">
        {notice && (
          <p className="notice">
            {notice.text}{' '}
            {notice.undoable && (
              <button type="button" className="button button--small" onClick={() => send({ type: 'history.undo' })}>
                {t('timeline.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      <div className="timeline__scroll" ref={scrollRef}>
        <BranchTree />
      </div>
    </section>
  );
}
