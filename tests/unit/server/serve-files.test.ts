/** The server serves the built app beside the rooms: files, the app's routes, and nothing outside dist/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveOptions } from '../../../src/server/serve-options.ts';
import { tempDir, testServer } from './helpers.ts';

describe('the built app on the rooms\' port', () => {
  it('should serve files, index.html for the app\'s routes, and refuse paths outside the folder', async () => {
    const dist = tempDir();
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'main-abc.js'), 'console.log(1)');
    const server = await testServer({ staticDir: dist });
    try {
      const index = await fetch(`${server.url}/`);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await index.text()).toContain('<title>app</title>');
      const asset = await fetch(`${server.url}/assets/main-abc.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(await (await fetch(`${server.url}/classroom/join`)).text()).toContain('<title>app</title>');
      expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
      // Sent as is (fetch would tidy the path first): it must not climb out of the folder.
      const outside = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/../../../../etc/passwd' }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve(body));
        });
        req.once('error', reject);
        req.end();
      });
      expect(outside).not.toContain('root:');
      expect((await fetch(`${server.url}/`, { method: 'DELETE' })).status).toBe(405);
    } finally {
      await server.stop();
    }
  });
});

describe('npm run serve options', () => {
  it('should read flags before the environment, and refuse a bad port', () => {
    const options = serveOptions(['--port', '9000', '--host', '127.0.0.1', '--data', '/tmp/rooms'], { PORT: '1', REDIS_URL: 'redis://127.0.0.1:6390' });
    expect(options).toEqual({ port: 9000, host: '127.0.0.1', dataDir: '/tmp/rooms', redisUrl: 'redis://127.0.0.1:6390', publicAddress: null, roomsOnly: false });
    expect(serveOptions([], { PORT: '8000', HOST: '0.0.0.0' })).toMatchObject({ port: 8000, host: '0.0.0.0', redisUrl: null });
    expect(serveOptions(['--port', 'eighty'], {})).toBe('The port must be a whole number from 0 to 65535, not "eighty".');
    expect(serveOptions(['--colour'], {})).toMatch(/^Unknown option '--colour'/);
  });
});
