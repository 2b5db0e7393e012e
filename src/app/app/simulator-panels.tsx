/** The simulator's lazy panels (What happens next, the charts), each in its own error boundary. */
import { Suspense, useCallback, useDeferredValue } from 'react';
import type { NodeId } from '../../engine/index.ts';
import { ChartsPanel } from '../features/charts/index.ts';
import { WhatHappensNextPanel } from '../features/whats-next/index.ts';
import { useSend, useSession } from '../stores/session/index.ts';
import { SessionErrorBoundary } from './session-error-boundary.tsx';
import { useWords } from '../lib/words/index.ts';

export function WhatsNextSection() {
  const { t } = useWords();
  // Deferred: the panel follows a move in a background render, so it never holds up the click's paint.
  const timeline = useDeferredValue(useSession((s) => s.timeline));
  const current = useDeferredValue(useSession((s) => s.current));
  const scenarioFile = useSession((s) => (s.source === null ? `scenarios/${s.scenario.meta.id}.yaml` : null));
  return (
    <div className="app__whats-next">
      <Suspense fallback={<p aria-live="polite">{t('app.loading.whatsNext')}</p>}>
        <SessionErrorBoundary label={t('app.part.whatsNext')} resetKey={current}>
          <WhatHappensNextPanel timeline={timeline} current={current} scenarioFile={scenarioFile} />
        </SessionErrorBoundary>
      </Suspense>
    </div>
  );
}

export function ChartsSection() {
  const { t } = useWords();
  const send = useSend();
  // Deferred too: the charts (Recharts) redraw in a background render right after the click's paint,
  // so a move in a big session paints the board, the moves and the tree first (docs/architecture.md, "Speed per move").
  const timeline = useDeferredValue(useSession((s) => s.timeline));
  const current = useDeferredValue(useSession((s) => s.current));
  const go = useCallback((id: NodeId) => send({ type: 'node.go', id }), [send]);
  return (
    <section className="app__charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="app__charts-title">
        {t('app.charts.title')}
      </h2>
      <Suspense fallback={<p aria-live="polite">{t('app.loading.charts')}</p>}>
        <SessionErrorBoundary label={t('app.part.charts')} resetKey={current}>
          <ChartsPanel timeline={timeline} current={current} onSelectNode={go} layout="tabs" />
        </SessionErrorBoundary>
      </Suspense>
    </section>
  );
}
