/**
 * Where the cursor is in a YAML draft, read from the lines above it by their indentation: the path
 * of mappings and list items it sits in, and whether it is typing a key or the value of a key. Works
 * on text that does not parse yet (the author is typing), so it never asks the YAML parser.
 */

/** A key name, or ITEM for "inside an item of this list". */
export type ContextSegment = string | typeof ITEM;
export const ITEM = 0;

export type YamlContext =
  /**
   * Typing a key of the mapping at `path`; `listOf` is the list's key when the line starts a list
   * item ("- s1" under "sources:" may be a value of a list of ids, or the first key of an item).
   */
  | { readonly kind: 'key'; readonly path: readonly ContextSegment[]; readonly from: number; readonly typed: string; readonly listOf?: string }
  /** Typing the value of `key` (also an item of a flow list under `key`); `line` is the cursor's line up to the cursor. */
  | { readonly kind: 'value'; readonly path: readonly ContextSegment[]; readonly key: string; readonly from: number; readonly typed: string; readonly line: string };

const KEY_LINE = /^( *)(- +)?([\w$-]+):(?:[ \t]|$)/;
const DASH_LINE = /^( *)- /;

interface Parent {
  readonly key: string | null;
  readonly keyColumn: number;
  readonly dashColumn: number | null;
}

function parentOf(line: string): Parent | null {
  const keyed = KEY_LINE.exec(line);
  if (keyed) {
    const lead = (keyed[1] ?? '').length;
    return { key: keyed[3] ?? null, keyColumn: lead + (keyed[2] ?? '').length, dashColumn: keyed[2] ? lead : null };
  }
  const dashed = DASH_LINE.exec(line);
  if (dashed) return { key: null, keyColumn: Number.MAX_SAFE_INTEGER, dashColumn: (dashed[1] ?? '').length };
  return null;
}

/** The path of the block that holds a node at `column`, from the lines before `lineIndex`. */
export function pathAbove(lines: readonly string[], lineIndex: number, column: number): ContextSegment[] {
  const path: ContextSegment[] = [];
  let indent = column;
  let itemAt: number | null = null;
  for (let i = lineIndex - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const parent = parentOf(line);
    if (!parent) continue; // a scalar's continuation or flow text: it names nothing
    // A list may sit at its key's own column ("key:\n- item"): its key is still the parent.
    if (parent.key !== null && (parent.keyColumn < indent || (itemAt !== null && parent.keyColumn === itemAt && parent.dashColumn === null))) {
      path.unshift(parent.key);
      indent = parent.keyColumn;
      itemAt = null;
    }
    if (parent.dashColumn !== null && parent.dashColumn < indent) {
      path.unshift(ITEM);
      indent = parent.dashColumn;
      itemAt = parent.dashColumn;
    }
  }
  return path;
}

const VALUE_AFTER_KEY = /([\w$-]+):[ \t]*(?:\[(?:[^\]]*,)?[ \t]*)?(['"]?)([\w.-]*)$/;
const FLOW_KEY = /[{,][ \t]*([\w$-]*)$/;
const BLOCK_KEY = /^( *)((?:- +)*)([\w$-]*)$/;

/** The cursor's context at `pos` in `text`, or null where nothing can be offered (comments, long text). */
export function yamlContext(text: string, pos: number): YamlContext | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const line = text.slice(lineStart, pos);
  if (line.includes('#')) return null;
  const lines = text.slice(0, lineStart).split('\n');
  const lineIndex = lines.length - 1;
  const blockPath = (column: number) => pathAbove(lines, lineIndex, column);
  // The line's own key, and whether it opens a list item: "  - requires: {" → ["requires"] inside an item.
  const owner = KEY_LINE.exec(line);
  const ownPath = () => {
    const path = blockPath(owner ? (owner[1] ?? '').length : line.length - line.trimStart().length);
    if (owner?.[2]) path.push(ITEM);
    return path;
  };

  const flowKey = FLOW_KEY.exec(line);
  const value = VALUE_AFTER_KEY.exec(line);
  if (flowKey && (!value || flowKey.index > value.index)) {
    const path = ownPath();
    if (owner?.[3]) path.push(owner[3]);
    const typed = flowKey[1] ?? '';
    return { kind: 'key', path, from: pos - typed.length, typed };
  }
  if (value) {
    const typed = value[3] ?? '';
    const key = value[1] ?? '';
    // In a flow mapping ("requires: { posture: x, is: "), the value's key belongs to the line's key.
    const path = ownPath();
    if (owner?.[3] && owner[3] !== key) path.push(owner[3]);
    return { kind: 'value', path, key, from: pos - typed.length, typed, line };
  }
  const block = BLOCK_KEY.exec(line);
  if (block) {
    const dashes = (block[2] ?? '').match(/-/g)?.length ?? 0;
    const typed = block[3] ?? '';
    const path = blockPath((block[1] ?? '').length);
    const listOf = dashes > 0 ? [...path].reverse().find((s): s is string => typeof s === 'string') : undefined;
    for (let i = 0; i < dashes; i++) path.push(ITEM);
    return { kind: 'key', path, from: pos - typed.length, typed, ...(listOf === undefined ? {} : { listOf }) };
  }
  return null;
}
