/**
 * The picker's ways into the editor: a new draft from the template, a draft of the scenario on
 * screen (its own text, or the shipped file's), or the drafts list. Each draft is saved first, so
 * the editor's address (?edit=DRAFT) opens it after a reload too.
 */
import { useCallback } from 'react';
import { readNewScenarioTemplate, shippedScenarios } from '../lib/scenarios.ts';
import { useWords } from '../lib/words/index.ts';
import { editSearch } from './editor-address.ts';
import { goTo } from './network-address.ts';

export type EditWhat = 'new' | 'this';

export function useEditLinks(scenarioId: string, source: string | null) {
  const { t } = useWords();
  const edit = useCallback(
    async (what: EditWhat) => {
      const text = what === 'new' ? await readNewScenarioTemplate() : (source ?? (await shippedScenarios.find((s) => s.id === scenarioId)?.read()) ?? null);
      if (text === null) return;
      const { createDraft } = await import('../stores/drafts/index.ts');
      const draft = await createDraft(text, t('editor.untitled'));
      goTo(editSearch(draft.id));
    },
    [scenarioId, source, t],
  );
  const editDrafts = useCallback(() => goTo(editSearch(null)), []);
  return { edit, editDrafts };
}
