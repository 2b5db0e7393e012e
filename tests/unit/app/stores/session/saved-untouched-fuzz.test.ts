/**
 * The app's own restore paths on random mutations of real session files and share links (issue 15):
 * importing a file (Sessions… → Import) and opening a link, against a store that already holds
 * other sessions. Each answers (never throws, never hangs), and no saved session changes — except
 * the one under the incoming id, and that one only for a version holding all of its work.
 * A fixed seed and a bounded count here; `npm run fuzz:saved` runs more (FUZZ_RUNS, FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSessionStore, memoryBackend, type SessionStore } from '../../../../../src/app/stores/persistence/index.ts';
import { encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { importSession, openShareLink } from '../../../../../src/app/stores/session/index.ts';
import { parseSessionFile, supersedes, type SessionFile } from '../../../../../src/engine/session/index.ts';
import { editLink, HANG_MS, jsonMutation, linkEdit, mutateJson, seedSessions } from '../../../engine/session/restore-fuzz.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 21);

const { files } = seedSessions();
/** Saved before each input arrives: the seed sessions themselves, and two more under ids no input starts with. */
const others = files.map((f, i) => ({ ...f, id: `other-${i}`, name: `Other ${i}` }));

async function storeWithSaved(): Promise<SessionStore> {
  const store = createSessionStore(memoryBackend());
  for (const s of [...files, ...others]) {
    const saved = await store.save(s);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return store;
}

async function snapshot(store: SessionStore): Promise<Map<string, string | null>> {
  const ids = (await store.list()).map((e) => e.id);
  return new Map(await Promise.all(ids.map(async (id) => [id, await store.raw(id)] as const)));
}

/** Every session saved before is as it was, or (under `incomingId` only) replaced by one holding all of its work. */
async function expectUntouched(store: SessionStore, before: Map<string, string | null>, incomingId: unknown) {
  for (const [id, raw] of before) {
    const now = await store.raw(id);
    if (now === raw) continue;
    expect(id, `saved session "${id}" changed`).toBe(incomingId);
    const [was, is] = [raw, now].map((text) => parseSessionFile(JSON.parse(text ?? 'null')));
    if (!was?.ok || !is?.ok) throw new Error(`saved session "${id}" no longer reads`);
    expect(supersedes(is.session, was.session)).not.toBe('other');
  }
}

async function timed<T>(run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const answer = await run();
  expect(performance.now() - t0).toBeLessThan(HANG_MS);
  return answer;
}

/** The seed file as an older version of itself: its last `drop` entries gone (the export or link made before them). */
function older(k: number, drop: number): SessionFile {
  const file = JSON.parse(JSON.stringify(files[k])) as SessionFile;
  const nodes = file.timeline.nodes.slice(0, Math.max(0, file.timeline.nodes.length - drop));
  const ids = file.timeline.ids?.slice(0, nodes.length);
  const last = ids?.at(-1) ?? nodes.length;
  const names = Object.fromEntries(Object.entries(file.timeline.names).filter(([id]) => Number(id) <= last));
  return { ...file, current: Math.min(file.current, last), timeline: { ...file.timeline, nodes, ...(ids ? { ids } : {}), names } };
}
const drops = fc.nat({ max: 4 });

const idOf = (data: unknown) => (typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined);

describe('importing and opening mutated sessions, with other sessions saved', () => {
  it('should answer every mutated file with an import or a message, and change no other saved session', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: files.length - 1 }), drops, fc.array(jsonMutation, { minLength: 0, maxLength: 4 }), async (k, drop, mutations) => {
        const data = mutateJson(older(k, drop), mutations);
        const store = await storeWithSaved();
        const before = await snapshot(store);
        const imported = await timed(() => importSession(new File([JSON.stringify(data)], 'mutated.json'), store));
        expect(imported.ok ? imported.session.id : imported.message).toBeTruthy();
        await expectUntouched(store, before, idOf(data));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it('should answer every mutated or edited link with a session or a notice, and change no saved session', async () => {
    const links = files.map((f) => encodeShareLink(f));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: files.length - 1 }),
        drops,
        fc.array(jsonMutation, { minLength: 0, maxLength: 3 }),
        fc.array(linkEdit, { minLength: 0, maxLength: 2 }),
        async (k, drop, mutations, edits) => {
          const data = mutateJson(older(k, drop), mutations);
          // A crafted link carries a correct checksum for whatever it holds; an edited one does not.
          const link = editLink(typeof data === 'object' && data !== null && !Array.isArray(data) ? encodeShareLink(data as SessionFile) : (links[k] as string), edits);
          const store = await storeWithSaved();
          const before = await snapshot(store);
          const opened = await timed(() => openShareLink(link, 'current', store));
          if (opened !== null) expect(opened.ok ? opened.init.id : opened.notice.message).toBeTruthy();
          // Opening a link stores nothing by itself (autosave does, later, under the id it opened as).
          await expectUntouched(store, before, undefined);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
