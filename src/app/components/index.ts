export { Dialog, type DialogProps } from './dialog.tsx';
export { ActorBadge } from './actor-badge.tsx';
export { GoldsteinTag } from './goldstein-tag.tsx';
export { ErrorBoundary, type ErrorBoundaryProps } from './error-boundary.tsx';
export { LanguagePicker } from './language-picker.tsx';
export { ForeignText, ScenarioText } from './scenario-text.tsx';
export { StepControls, type StepControlsProps } from './step-controls.tsx';
export { TableScroll, type TableScrollProps } from './table-scroll.tsx';
