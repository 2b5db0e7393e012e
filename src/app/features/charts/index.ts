import { lazy } from 'react';

export type { ChartsPanelProps } from './charts-panel.tsx';
export { tensionData, goldsteinRows, cumulativeRows, allTensionSeries, MAX_BRANCH_SERIES } from './chart-data.ts';
export type { TensionData, TensionSeries, GoldsteinRow, CumulativeRow } from './chart-data.ts';

/**
 * The charts panel, loaded on first render so Recharts stays out of the first-load bundle.
 * Render it inside <Suspense>. (Or lazy-load `./charts-panel.tsx`'s default export yourself.)
 */
export const ChartsPanel = lazy(() => import('./charts-panel.tsx'));
