export { Classroom, type ClassroomView, type ClassroomProps } from '../../app/classroom-route.tsx';
export { ClassroomSetup, type ClassroomSetupProps } from './classroom-setup.tsx';
export { ClassroomScreen, type ClassroomScreenProps } from './classroom-screen.tsx';
export { SessionLog } from './session-log.tsx';
export { reduceClassroom, type ClassroomEvent, type ClassroomSlice } from '../../stores/session/classroom-session.ts';
