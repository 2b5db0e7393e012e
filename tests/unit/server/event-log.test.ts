/** The event log on disk: what it reads back, and where it stops when a line is bad. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventLog, readEventLog } from '../../../src/server/event-log.ts';
import type { RoomEvent } from '../../../src/server/room-events.ts';
import { tempDir } from './helpers.ts';

const seat: RoomEvent = { kind: 'device', at: 1, device: 'dev1', seat: { kind: 'observer' }, tokenHash: 'a'.repeat(64) };

describe('the event log', () => {
  it('should read back what it appended', async () => {
    const file = join(tempDir(), 'ABC234.jsonl');
    const log = await EventLog.open(file);
    await log.append(seat);
    await log.append({ ...seat, device: 'dev2' });
    await log.close();
    expect(readEventLog(file)).toEqual({ events: [seat, { ...seat, device: 'dev2' }], problem: null });
  });

  it('should stop at a line cut off by a crash, and at an event of the wrong form, saying which line', () => {
    const file = join(tempDir(), 'ABC234.jsonl');
    writeFileSync(file, `${JSON.stringify(seat)}\n{"kind":"device","at":2`);
    expect(readEventLog(file)).toEqual({ events: [seat], problem: { file, line: 2, message: 'the line is cut off (no newline at its end): the write was interrupted' } });
    writeFileSync(file, `${JSON.stringify(seat)}\n${JSON.stringify({ ...seat, tokenHash: 'short' })}\n`);
    expect(readEventLog(file).problem).toEqual({ file, line: 2, message: 'the event is not in the expected form (tokenHash: Invalid string: must match pattern /^[0-9a-f]{64}$/)' });
  });
});
