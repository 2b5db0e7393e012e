/** The page's one connection to an exercise room, at the page's own origin (npm start and npm run serve serve the rooms there). */
import { createRoomStore, type RoomStore } from '../stores/room/index.ts';

let store: RoomStore | null = null;

export function roomClient(): RoomStore {
  store ??= createRoomStore({ url: window.location.origin });
  return store;
}
