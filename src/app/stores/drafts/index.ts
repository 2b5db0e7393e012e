export { createDraft, draftStore, idbDrafts, memoryDrafts, draftName, newDraftId, DRAFTS_DB, type Draft, type DraftStore } from './drafts-store.ts';
