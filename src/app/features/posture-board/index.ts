export { PostureBoard } from './posture-board.tsx';
export { LiveStatechart, type LiveStatechartProps } from './live-statechart.tsx';
export { machineOutline, isActive, type OutlineNode, type StateNodeLike, type StateValueLike } from './machine-outline.ts';
