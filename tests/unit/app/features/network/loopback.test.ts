/** The host screen says so when the page was opened at this computer's own address, which students' devices cannot open. */
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../../../src/app/features/network/index.ts';

describe('a loopback address on the host screen', () => {
  it('should name this computer only for localhost, 127.x and ::1', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) expect(isLoopbackHost(host), host).toBe(true);
  });
  it('should take a classroom network address or a name as reachable', () => {
    for (const host of ['192.168.1.20', '10.0.0.5', 'whn.school.example', '[fe80::1]', '128.0.0.1', 'localhost.example']) expect(isLoopbackHost(host), host).toBe(false);
  });
});
