/**
 * The draft's text in CodeMirror 6: YAML highlighting, the loader's problems as lint marks (pushed
 * in by the screen, never computed here), completion from completion-source.ts and a CAMEO hover.
 * Tab indents; Escape then Tab (or Ctrl-M / Shift-Alt-M) leaves the editor, as CodeMirror documents.
 *
 * The editor lives in a shadow root: there CodeMirror styles itself with constructed style sheets,
 * which the app's Content-Security-Policy (style-src 'self') allows, where a <style> element is refused.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { basicSetup } from 'codemirror';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { EditorSelection, EditorState } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { cameoEntry } from '../../../scenario/cameo.ts';
import { cameoAt, completionsAt, goldsteinText, type CompletionData } from './completion-source.ts';
import type { PlacedProblem } from './diagnostics.ts';

export interface YamlEditorHandle {
  /** Puts the cursor at a 1-based line and column and focuses the editor. */
  focusAt(line: number, column: number): void;
  text(): string;
}

export interface YamlEditorProps {
  readonly initialText: string;
  readonly label: string;
  /** The editor's keyboard help, read out with its name (kept beside it inside the shadow root). */
  readonly description: string;
  readonly onChange: (text: string) => void;
  /** The problems of `text`; shown only while the editor still holds that text. */
  readonly problems: { readonly text: string; readonly placed: readonly PlacedProblem[] } | null;
  /** Read at each completion, so it follows the latest check without rebuilding the editor. */
  readonly completion: { readonly current: CompletionData };
  readonly cameoLabel: (code: string, weight: string, description: string) => string;
  readonly ref?: Ref<YamlEditorHandle>;
}

// Styles that must reach inside the shadow root; the page's custom properties (colours) inherit into it.
const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.9rem', backgroundColor: 'var(--panel, #fff)', color: 'var(--ink, #1b1f24)' },
  '&.cm-focused': { outline: '3px solid var(--focus, #f0b400)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.editor__hover': { maxWidth: '22rem', padding: '6px 8px', fontSize: '0.9rem' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { maxWidth: 'min(34rem, 90vw)' },
});

function cameoHover(label: YamlEditorProps['cameoLabel']) {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const code = cameoAt(line.text, pos - line.from);
    const entry = code === null ? undefined : cameoEntry(code);
    if (!entry) return null;
    return {
      pos,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'editor__hover';
        dom.textContent = label(entry.code, goldsteinText(entry.goldstein), entry.description);
        return { dom };
      },
    };
  });
}

export function YamlEditor({ initialText, label, description, onChange, problems, completion, cameoLabel, ref }: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const source = (context: CompletionContext): CompletionResult | null => {
      const offers = completionsAt(context.state.sliceDoc(0, context.pos), context.pos, completion.current);
      if (!offers || (offers.from === context.pos && !context.explicit)) return null;
      return { from: offers.from, options: offers.options.map((o) => ({ ...o })), validFor: /^[\w.-]*$/ };
    };
    const shadow = host.current ? (host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' })) : null;
    const help = document.createElement('p');
    help.id = 'editor-help';
    help.hidden = true;
    help.textContent = description;
    shadow?.replaceChildren(help);
    const editor = new EditorView({
      ...(shadow ? { root: shadow, parent: shadow } : {}),
      state: EditorState.create({
        doc: initialText,
        extensions: [
          basicSetup,
          keymap.of([indentWithTab]),
          yaml(),
          lintGutter(),
          autocompletion({ override: [source], activateOnTyping: true }),
          cameoHover(cameoLabel),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': help.id, 'aria-multiline': 'true', spellcheck: 'false', tabindex: '0' }),
          editorTheme,
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      help.remove();
      view.current = null;
    };
    // The editor is built once per draft (the screen keys it by draft id); later text comes from typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !problems) return;
    const { doc } = editor.state;
    if (doc.length !== problems.text.length || doc.toString() !== problems.text) return;
    editor.dispatch(setDiagnostics(editor.state, problems.placed.map(({ from, to, severity, message }) => ({ from, to, severity, message }))));
  }, [problems]);

  useImperativeHandle(ref, () => ({
    focusAt(line, column) {
      const editor = view.current;
      if (!editor) return;
      const { doc } = editor.state;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const pos = Math.min(at.from + Math.max(column, 1) - 1, at.to);
      editor.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
      editor.focus();
    },
    text: () => view.current?.state.doc.toString() ?? '',
  }));

  return <div ref={host} className="editor__code" />;
}
