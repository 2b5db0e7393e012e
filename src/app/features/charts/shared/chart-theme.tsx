import type { ReactNode } from 'react';
import type { Words } from '../../../lib/words/index.ts';

/** Sizes chosen for a classroom projector: large ticks, room for labels. */
export const CHART_HEIGHT = 340;
export const CHART_STYLE = { width: '100%', height: CHART_HEIGHT };
export const CHART_MARGIN = { top: 16, right: 36, bottom: 8, left: 8 };
export const AXIS_TICK = { fontSize: 15, fill: '#222222' };

/** Legend labels in dark text: Recharts colours them like their series, which can be too pale to read. */
export function legendText(value: ReactNode): ReactNode {
  return <span style={{ color: '#111111' }}>{value}</span>;
}

/** Goldstein axis ticks: whole weights, signed ("+5", "−10", "0"). */
export function weightTick(words: Words): (value: number) => string {
  return (value) => words.format.signed(value, 0);
}
