export { ClassroomSetup, type ClassroomSetupProps } from './classroom-setup.tsx';
export { ClassroomScreen, type ClassroomScreenProps } from './classroom-screen.tsx';
export { SessionLog } from './session-log.tsx';
