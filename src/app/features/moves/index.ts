export { MovesPanel } from './moves-panel.tsx';
