export { PostureBoard } from './posture-board.tsx';
export { LiveStatechart, type LiveStatechartProps } from './live-statechart.tsx';
