/** The room protocol shared by the exercise server and the browser's room store. */
export * from './messages.ts';
export * from './room-code.ts';
