import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticFiles } from '../../src/server/static-files.ts';

/**
 * The built app served the way `npm run serve` serves it (src/server/static-files.ts), from a
 * folder that can change under it (`root()` is read on each request): the e2e update flow serves
 * one build, then the next, from the same address. Listens on 127.0.0.1 on a free port.
 */
export async function serveBuild(root: () => string): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const handlers = new Map<string, ReturnType<typeof staticFiles>>();
  const server = createServer((request, response) => {
    const folder = root();
    const handler = handlers.get(folder) ?? staticFiles(folder);
    handlers.set(folder, handler);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
