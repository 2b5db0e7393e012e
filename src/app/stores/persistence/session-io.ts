/** Sessions as files on disk: export one, import one back. */
import { parseSessionText, sessionError, type Result, type SessionFile } from '../../../engine/session/index.ts';
import { currentT } from '../../lib/words/index.ts';

// Storage has no language of its own: its messages are the catalogue's English (the app's default).
// Worded when it happens, in the language chosen then.
const t = currentT;

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function exportSessionFile(session: SessionFile): Blob {
  return new Blob([JSON.stringify(session, null, 2) + '\n'], { type: 'application/json' });
}

/** "whn-march-2019-my-branch-2024-05-01.json": readable, safe on every file system. */
export function sessionFileName(session: SessionFile): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const parts = ['whn', slug(session.scenario.id), slug(session.name), session.savedAt.slice(0, 10)].filter((p) => p.length > 0);
  return `${parts.join('-')}.json`;
}

/** How messages name a file the user chose: "name.json" in quotes, or "The file". */
export function fileLabel(file: { readonly name?: string }): string {
  return file.name ? `"${file.name}"` : t('store.file.unnamed');
}

/** Reads a session file chosen by the user. Never throws or rejects. */
export async function importSessionFile(file: Blob & { readonly name?: string }): Promise<Result<{ session: SessionFile; migratedFrom: number | null }>> {
  const label = fileLabel(file);
  if (file.size > MAX_IMPORT_BYTES) return sessionError('too-large', t('store.file.tooLarge', { label, size: Math.round(file.size / 1024 / 1024) }));
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return sessionError('corrupt', t('store.file.unreadable', { label, reason: e instanceof Error ? e.message : String(e) }));
  }
  const parsed = parseSessionText(text);
  if (!parsed.ok) return sessionError(parsed.error.kind, t('store.file.problem', { label, message: parsed.error.message }));
  return parsed;
}
