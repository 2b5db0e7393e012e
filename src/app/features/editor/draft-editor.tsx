import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Scenario } from '../../../scenario/index.ts';
import type { Draft } from '../../stores/drafts/index.ts';
import { NO_IDS } from '../../stores/scenario-check/draft-details.ts';
import { downloadText } from '../../lib/download.ts';
import { useWords } from '../../lib/words/index.ts';
import type { CompletionData } from './completion-source.ts';
import { ExploreReport } from './explore-report.tsx';
import { ProblemsList } from './problems-list.tsx';
import { useDraftAutosave } from './use-draft-autosave.ts';
import { useDraftCheck } from './use-draft-check.ts';
import { YamlEditor, type YamlEditorHandle } from './yaml-editor.tsx';

export interface DraftEditorProps {
  readonly draft: Draft;
  readonly onSaved: (draft: Draft) => void;
  readonly onPlay: (scenario: Scenario, text: string) => void;
  /** The postures board and statechart of a valid draft, made by the app. */
  readonly preview: (scenario: Scenario, text: string) => ReactNode;
}

/** One draft: its text on the left with every problem, the live preview on the right. */
export function DraftEditor({ draft, onSaved, onPlay, preview }: DraftEditorProps) {
  const { t } = useWords();
  const editor = useRef<YamlEditorHandle>(null);
  const check = useDraftCheck(draft.text);
  const save = useDraftAutosave(draft, t('editor.untitled'), onSaved);
  const labels = useMemo(
    () => ({ required: t('editor.complete.required'), actor: t('editor.complete.actor'), posture: t('editor.complete.posture'), move: t('editor.complete.move'), source: t('editor.complete.source') }),
    [t],
  );
  const completion = useRef<CompletionData>({ schema: null, ids: NO_IDS, labels });
  useEffect(() => {
    completion.current = { schema: check.schema, ids: check.details?.ids ?? NO_IDS, labels };
  }, [check.schema, check.details, labels]);

  const { checked } = check;
  const scenario = check.valid?.scenario ?? null;
  const errors = checked ? checked.result.problems.length : 0;
  const warnings = checked ? checked.result.warnings.length : 0;
  const status = checked === null ? t('editor.status.checking') : errors > 0 ? t('editor.status.problems', { count: errors }) : t('editor.status.valid', { warnings });
  const shown = check.previewed;
  // Built again only for another scenario: the session behind the board is costly to start.
  const previewHash = shown?.scenario.hash;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const board = useMemo(() => shown && preview(shown.scenario, shown.text), [previewHash, preview]);

  const fileName = `${scenario?.meta.id ?? 'scenario'}.yaml`;
  return (
    <div className="editor__body">
      <section className="editor__left" aria-labelledby="editor-text-title">
        <div className="editor__toolbar">
          <h2 id="editor-text-title" className="editor__title">
            {draft.name}
          </h2>
          <button type="button" className="button" onClick={() => downloadText(editor.current?.text() ?? draft.text, fileName, 'application/yaml')}>
            {t('editor.download')}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={scenario === null || undefined}
            aria-describedby="editor-status"
            onClick={() => scenario && checked && onPlay(scenario, checked.text)}
          >
            {t('editor.play')}
          </button>
          {/* On a line of its own: "Saving…" and "Draft saved in this browser" never move the buttons. */}
          <span className="muted editor__saved" data-testid="draft-saved">
            {t(save.state === 'saved' ? 'editor.save.saved' : save.state === 'saving' ? 'editor.save.saving' : 'editor.save.failed')}
          </span>
        </div>
        <p id="editor-keys" className="muted editor__keys">
          {t('editor.keys')}
        </p>
        <YamlEditor
          ref={editor}
          initialText={draft.text}
          label={t('editor.textLabel', { name: draft.name })}
          description={t('editor.keys')}
          onChange={(text) => {
            check.changed(text);
            save.changed(text);
          }}
          problems={checked}
          completion={completion}
          cameoLabel={(code, weight, description) => t('editor.cameoHover', { code, weight, description })}
        />
        <p id="editor-status" className={`editor__status${errors > 0 ? ' editor__status--bad' : ''}`} role="status" data-testid="editor-status">
          {status}
          {check.pending && checked !== null ? ` ${t('editor.status.rechecking')}` : ''}
        </p>
        {checked && <ProblemsList problems={checked.placed} onGo={(line, column) => editor.current?.focusAt(line, column)} />}
      </section>
      <section className="editor__right" aria-labelledby="editor-preview-title">
        <h2 id="editor-preview-title" className="editor__title">
          {t('editor.preview.title')}
        </h2>
        {shown ? (
          <>
            {scenario === null && <p className="notice">{t('editor.preview.stale')}</p>}
            {board}
          </>
        ) : (
          <p className="muted">{t('editor.preview.none')}</p>
        )}
        <ExploreReport explore={check.explored} ofLastValid={scenario === null && check.explored !== null} />
      </section>
    </div>
  );
}
