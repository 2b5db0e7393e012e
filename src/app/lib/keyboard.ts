import type { Key } from './words/index.ts';

/** Whether a key press belongs to a text field (or a control that uses arrows itself) rather than to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export interface Shortcut {
  /** The keys as written on the keyboard (catalogue keys: "Ctrl" reads "Strg" on a German one). */
  readonly keys: Key;
  readonly does: Key;
}

/** Every shortcut, as the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'shortcuts.help.keys', does: 'shortcuts.help' },
  { keys: 'shortcuts.step.keys', does: 'shortcuts.step' },
  { keys: 'shortcuts.play.keys', does: 'shortcuts.play' },
  { keys: 'shortcuts.undo.keys', does: 'shortcuts.undo' },
  { keys: 'shortcuts.redo.keys', does: 'shortcuts.redo' },
  { keys: 'shortcuts.tab.keys', does: 'shortcuts.tab' },
  { keys: 'shortcuts.close.keys', does: 'shortcuts.close' },
];
