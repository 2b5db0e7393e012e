import { lazy } from 'react';
import { loadLazyMessages } from '../../lib/words/index.ts';

export type { WhatHappensNextPanelProps } from './whats-next-panel.tsx';

/**
 * The "What happens next" panel, loaded on first render so Recharts and the rollout code stay out of
 * the first-load bundle. Render it inside <Suspense>; props: { timeline, current }.
 */
export const WhatHappensNextPanel = lazy(() => Promise.all([import('./whats-next-panel.tsx'), loadLazyMessages()]).then(([panel]) => panel));
