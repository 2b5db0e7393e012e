export { ClassroomSetup, type ClassroomSetupProps } from './classroom-setup.tsx';
export { ClassroomScreen, type ClassroomScreenProps } from './classroom-screen.tsx';
export { SessionLog } from './session-log.tsx';
export { TeamTurn, type TeamTurnProps } from './team-turn.tsx';
export { RevealPanel, type RevealPanelProps } from './reveal-panel.tsx';
export { FacilitatorPanel, type FacilitatorPanelProps } from './facilitator-panel.tsx';
export { TurnTimer, type TurnTimerProps } from './turn-timer.tsx';
