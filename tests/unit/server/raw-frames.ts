/**
 * Every WebSocket frame each client socket received, as bytes, recorded below colyseus.js (on the
 * `ws` sockets it uses in Node): what a device's network card would have seen, before any decoding.
 */
import WebSocket from 'ws';
import type { Room } from 'colyseus.js';

const frames = new WeakMap<object, Buffer[]>();
const emit = WebSocket.prototype.emit;
let installed = false;

export function recordFrames(): void {
  if (installed) return;
  installed = true;
  WebSocket.prototype.emit = function (this: WebSocket, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') {
      const data = args[0];
      const list = frames.get(this) ?? [];
      list.push(Buffer.isBuffer(data) ? Buffer.from(data) : Array.isArray(data) ? Buffer.concat(data as Buffer[]) : Buffer.from(data as ArrayBuffer));
      frames.set(this, list);
    }
    return emit.call(this, event, ...args);
  } as typeof emit;
}

export function framesOf(room: Room): readonly Buffer[] {
  const socket = (room.connection.transport as unknown as { ws: object }).ws;
  return frames.get(socket) ?? [];
}

/** Whether any frame holds `text` (msgpack keeps strings as UTF-8 bytes). */
export function framesContain(list: readonly Buffer[], text: string): boolean {
  return list.some((frame) => frame.includes(Buffer.from(text, 'utf8')));
}
