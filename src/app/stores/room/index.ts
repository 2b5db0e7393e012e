/** The browser's side of the networked exercise: one room's connection as a store (no UI here). */
export { RoomStore, createRoomStore, type RoomSnapshot, type RoomStatus, type RoomStoreOptions, type HostSetup } from './room-store.ts';
export { seatTokens, type SeatTokens, type HeldSeat } from './seat-tokens.ts';
export type { LiveView } from './live-view.ts';
export type { Failure } from './failures.ts';
export type { ShownRefusal } from './refusal-text.ts';
