import { lazy } from 'react';
import { loadLazyMessages } from '../../lib/words/index.ts';

export type { ChartsPanelProps } from './charts-panel.tsx';
export type { TensionData, TensionSeries } from './tension/tension-data.ts';
export type { GoldsteinRow } from './goldstein/goldstein-data.ts';
export type { CumulativeRow } from './cumulative/cumulative-data.ts';

/**
 * The charts panel, loaded on first render so Recharts stays out of the first-load bundle.
 * Render it inside <Suspense>. (Or lazy-load `./charts-panel.tsx`'s default export yourself: it waits
 * for the catalogue's lazy part on its own.)
 */
export const ChartsPanel = lazy(() => Promise.all([import('./charts-panel.tsx'), loadLazyMessages()]).then(([panel]) => panel));
