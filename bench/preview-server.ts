/** The built app served by `vite preview` on a loopback port, for the browser benchmarks (not a test). */
import { spawn } from 'node:child_process';

async function waitForServer(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Starts `vite preview` of `dist` on 127.0.0.1:`port` and waits until it answers; `stop` ends it. */
export async function startPreview(dist: string, port: number): Promise<{ readonly base: string; readonly stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  try {
    await waitForServer(base);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
