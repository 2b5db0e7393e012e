/** Whether a key press belongs to a text field (or a control that uses arrows itself) rather than to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

/** Every shortcut, as the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '?', does: 'Open this help' },
  { keys: '← / →', does: 'Step back / forward (replay track, or along your branch)' },
  { keys: 'P', does: 'Play or pause the replay' },
  { keys: 'Ctrl+Z', does: 'Undo the last change (move, rename, delete)' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
  { keys: 'Tab / Shift+Tab', does: 'Move between controls; Enter or Space to use one' },
  { keys: 'Esc', does: 'Close a dialog' },
];
