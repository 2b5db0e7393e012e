import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/io.ts';
import { main, type Command } from '../../../src/cli/main.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function run(argv: string[], commands?: Record<string, Command>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: () => new TextEncoder().encode('format: 1\n') };
  const code = await main(argv, io, commands);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('whn, when a command fails in a way nobody expected', () => {
  const failing: Record<string, Command> = {
    boom: (args, io) => {
      io.readFile(args[0] as string, 10);
      throw new TypeError('Cannot read properties of undefined (reading \'levels\')\n    at somewhere.ts:1:1');
    },
    early: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
    later: async (args, io) => {
      io.readFile('first.yaml', 10);
      io.readFile('second.yaml', 10);
      await Promise.resolve();
      throw 'not even an Error';
    },
  };

  it('should print one line naming the command and the file, with a hint to report it, and exit 1', async () => {
    const { code, stdout, stderr } = await run(['boom', 'crash.yaml', '--json'], failing);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "whn boom: unexpected error on crash.yaml (TypeError: Cannot read properties of undefined (reading 'levels') at somewhere.ts:1:1) — this is a bug in whn; please report it with the file and the command: whn boom crash.yaml --json",
    );
  });

  it('should say so when no file was read yet, and name the last file read otherwise, for a rejection too', async () => {
    expect((await run(['early', 'x.yaml'], failing)).stderr).toMatch(/^whn early: unexpected error before reading any file \(RangeError: Maximum call stack size exceeded\) — .*: whn early x\.yaml$/);
    const later = await run(['later', 'a', 'b'], failing);
    expect(later.code).toBe(1);
    expect(later.stderr).toMatch(/^whn later: unexpected error on second\.yaml \(not even an Error\) — this is a bug in whn/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('should call "%s" an unknown command', async (name) => {
    const { code, stderr } = await run([name]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^whn: unknown command "${name}"`));
  });

  it('should end quietly when the reader of its output goes away (whn … | head)', () => {
    const result = spawnSync('sh', ['-c', 'node bin/whn.mjs validate scenarios/*.yaml tests/fixtures/*.yaml | head -c 1 >/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
