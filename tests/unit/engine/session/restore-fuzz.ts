/**
 * Random mutations of real session files and share links, fed to the restore path the app uses
 * (decodeShareLink or parseSessionFile → restoreSession → the session model): it must answer, ok or
 * a message, never throw and never hang. Run by restore-fuzz.test.ts (fixed seed, a bounded count)
 * and by `npm run fuzz:sessions` (more runs; FUZZ_RUNS, FUZZ_SEED).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadScenario } from '../../../../src/scenario/load.ts';
import type { Scenario } from '../../../../src/scenario/types.ts';
import { initialState, parseSessionFile, restoreSession, step, toSessionFile, type SessionFile } from '../../../../src/engine/session/index.ts';
import { decodeShareLink, encodeShareLink } from '../../../../src/app/stores/persistence/share-link.ts';
import { layoutBranches } from '../../../../src/app/lib/branches.ts';
import { playOpen } from '../../app/charts/engine-helpers.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import { gridScenario } from '../grid-scenario.ts';

/** Longer than this for one input is a hang. */
export const HANG_MS = 2_000;

function load(file: string, text = readFileSync(file, 'utf8')): Scenario {
  const r = loadScenario(text, file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

const NOW = () => '2024-05-01T10:00:00.000Z';

/** Real sessions: branches, a name, a deleted subtree, overrides-free play, and one carrying its own scenario. */
export function seedSessions(): { readonly files: readonly SessionFile[]; readonly scenarios: readonly Scenario[] } {
  const march = load('scenarios/march-2019.yaml');
  const t0 = startTimeline(march);
  const track = t0.replayTrack();
  const a = playOpen(t0, track[2] as number, 4, 0);
  const b = playOpen(a.timeline.rename(a.node, 'Hawks'), track[4] as number, 3, 1);
  const c = playOpen(b.timeline.deleteSubtree(b.node), track[5] as number, 3, 2);
  const gridText = gridScenario(2, 3, { everyLevel: true });
  const grid = load('grid.yaml', gridText);
  const g = playOpen(startTimeline(grid), 0, 12, 1);
  const files = [
    toSessionFile({ timeline: c.timeline, current: c.node, mode: 'free', name: 'Class 3B', id: 'march', now: NOW }),
    toSessionFile({ timeline: g.timeline, current: g.node, mode: 'free', name: 'Grid', id: 'grid', source: gridText, now: NOW }),
  ];
  return { files, scenarios: [march] };
}

/** Every place in a JSON value, as a path of keys. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function replaced(value: unknown, path: readonly (string | number)[], make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((v, i) => (i === key ? replaced(v, rest, make) : v));
  if (typeof value === 'object' && value !== null) return { ...value, [key]: replaced((value as Record<string, unknown>)[key], rest, make) };
  return value;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e308, -0, 0.5, 30_000_000, 49_999, 50_000, '__proto__', '', null, [], {}),
  fc.integer(),
);

/** One mutation of a JSON value: a place replaced, removed, or an array entry duplicated. */
export const jsonMutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'remove', 'duplicate'), value: hostileValue });

export function mutateJson(file: unknown, mutations: readonly { at: number; kind: string; value: unknown }[]): unknown {
  let out = file;
  for (const m of mutations) {
    const paths = pathsOf(out);
    const path = paths[m.at % paths.length] as (string | number)[];
    if (m.kind === 'replace') out = replaced(out, path, () => m.value);
    else if (m.kind === 'remove' && path.length > 0) {
      const parent = path.slice(0, -1);
      const key = path[path.length - 1] as string | number;
      out = replaced(out, parent, (p) => (Array.isArray(p) ? p.filter((_v, i) => i !== key) : typeof p === 'object' && p !== null ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== String(key))) : p));
    } else out = replaced(out, path, (old) => (Array.isArray(old) ? [...old, ...old] : old));
  }
  return out;
}

/** One edit of a link's text: a character changed, inserted or removed, or the link cut. */
export const linkEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('change', 'insert', 'remove', 'cut'), char: fc.constantFrom(...'ABCz09+-$%# '.split('')) });

export function editLink(link: string, edits: readonly { at: number; kind: string; char: string }[]): string {
  let out = link;
  for (const e of edits) {
    const i = 3 + (e.at % Math.max(1, out.length - 3));
    if (e.kind === 'change') out = out.slice(0, i) + e.char + out.slice(i + 1);
    else if (e.kind === 'insert') out = out.slice(0, i) + e.char + out.slice(i);
    else if (e.kind === 'remove') out = out.slice(0, i) + out.slice(i + 1);
    else out = out.slice(0, i);
  }
  return out;
}

/** The restore path on a parsed session: restore, then what the screen does first. Throws only on a bug. */
function openSession(session: SessionFile, scenarios: readonly Scenario[]): string {
  const restored = restoreSession(session, scenarios, { readSource: loadScenario });
  if (!restored.ok) return restored.error.message;
  const state = initialState(restored.init);
  layoutBranches(state.timeline);
  state.timeline.indicators(state.current);
  const moved = step(state, { type: 'replay.step', delta: 1 });
  return moved.ok ? 'opened' : 'opened, step refused';
}

function timed(run: () => string): void {
  const t0 = performance.now();
  const answer = run();
  const ms = performance.now() - t0;
  if (typeof answer !== 'string' || answer.length === 0) throw new Error('no answer');
  if (ms > HANG_MS) throw new Error(`took ${ms.toFixed(0)} ms`);
}

export function restoreProperties(runs: number, seed: number): void {
  const { files, scenarios } = seedSessions();
  const fileIndex = fc.nat({ max: files.length - 1 });
  fc.assert(
    fc.property(fileIndex, fc.array(jsonMutation, { minLength: 1, maxLength: 4 }), (k, mutations) => {
      const data = mutateJson(JSON.parse(JSON.stringify(files[k])), mutations);
      timed(() => {
        const parsed = parseSessionFile(data);
        return parsed.ok ? openSession(parsed.session, scenarios) : parsed.error.message;
      });
      // The same edit, carried in a share link (the checksum is recomputed, as a crafted link would).
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
        timed(() => {
          const decoded = decodeShareLink(encodeShareLink(data as SessionFile));
          return decoded.ok ? openSession(decoded.session, scenarios) : decoded.error.message;
        });
      }
    }),
    { numRuns: runs, seed },
  );
  const links = files.map((f) => encodeShareLink(f));
  fc.assert(
    fc.property(fc.nat({ max: links.length - 1 }), fc.array(linkEdit, { minLength: 1, maxLength: 3 }), (k, edits) => {
      timed(() => {
        const decoded = decodeShareLink(editLink(links[k] as string, edits));
        return decoded.ok ? openSession(decoded.session, scenarios) : decoded.error.message;
      });
    }),
    { numRuns: runs, seed },
  );
}
