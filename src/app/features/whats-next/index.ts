import { lazy } from 'react';

export type { WhatHappensNextPanelProps } from './whats-next-panel.tsx';

/**
 * The "What happens next" panel, loaded on first render so Recharts and the rollout code stay out of
 * the first-load bundle. Render it inside <Suspense>; props: { timeline, current }.
 */
export const WhatHappensNextPanel = lazy(() => import('./whats-next-panel.tsx'));
