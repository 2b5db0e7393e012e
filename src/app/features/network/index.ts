/** Every team on its own device: the host screen, joining, a seat's layout, the console's pieces (the app composes them). */
export { HostScreen, isLoopbackHost, type HostScreenProps } from './host-screen.tsx';
export { JoinScreen, type JoinScreenProps } from './join-screen.tsx';
export { SeatLayout, type SeatLayoutProps } from './seat-layout.tsx';
export { DevicesPanel, type DevicesPanelProps } from './devices-panel.tsx';
export { ConnectionNotice, type ConnectionNoticeProps } from './connection-notice.tsx';
export { RoundStatus, type RoundStatusProps } from './round-status.tsx';
export { EndExercise } from './end-exercise.tsx';
export { seatName, teamActorsText } from './seat-words.ts';
