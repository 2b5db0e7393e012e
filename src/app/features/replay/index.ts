export { ReplayBar, narrationAt, SPEEDS } from './replay-bar.tsx';
