export { TimelinePanel } from './timeline-panel.tsx';
export { BranchTree } from './branch-tree.tsx';
