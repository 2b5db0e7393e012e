/**
 * The editor lives in the page's address too, so a reload comes back to the draft being written:
 * `?edit` is the editor with its drafts list, `?edit=DRAFT` that draft.
 */
export interface EditorAddress {
  readonly draft: string | null;
}

export function editorAddress(search: string): EditorAddress | null {
  const params = new URLSearchParams(search);
  if (!params.has('edit')) return null;
  const draft = params.get('edit') ?? '';
  return { draft: /^[\w-]{1,80}$/.test(draft) ? draft : null };
}

export function editSearch(draft: string | null): string {
  return draft === null ? '?edit' : `?edit=${encodeURIComponent(draft)}`;
}
