/** Sessions as files on disk: export one, import one back. */
import { parseSessionText, sessionError, type Result, type SessionFile } from '../../../engine/session/index.ts';

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

/** Reads a session file chosen by the user. Never throws or rejects. */
export async function importSessionFile(file: Blob & { readonly name?: string }): Promise<Result<{ session: SessionFile; migratedFrom: number | null }>> {
  const label = file.name ? `"${file.name}"` : 'The file';
  if (file.size > MAX_IMPORT_BYTES) return sessionError('too-large', `${label} is ${Math.round(file.size / 1024 / 1024)} MB: too large to be a session file.`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return sessionError('corrupt', `${label} could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = parseSessionText(text);
  if (!parsed.ok) return sessionError(parsed.error.kind, `${label}: ${parsed.error.message}`);
  return parsed;
}
