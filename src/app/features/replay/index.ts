export { ReplayBar, SPEEDS } from './replay-bar.tsx';
export { narrationAt, type Narration } from './narration.ts';
export { PathReplay, type PathReplayProps } from './path-replay.tsx';
