/**
 * Parses YAML text into plain data, remembering where each value and key sits in the text.
 *
 * The conversion is our own (not `doc.toJS()`) so that it can refuse what a scenario never
 * needs and an attacker might send: custom tags, alias bombs, cycles, absurd nesting, and
 * keys such as `__proto__` (kept as ordinary own properties, never touching a prototype).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Alias, type Document, type Node, type Scalar } from 'yaml';
import { findExcessiveNesting } from './nesting-scan.ts';
import { numberLiteralProblem } from './number-literal.ts';
import { textProblem } from './text-guard.ts';
import type { PathSegment, Position, Severity } from './problem.ts';

/** Deeper than any scenario needs (a condition nested ten levels is about 30). */
export const MAX_DEPTH = 64;
/** Values after expanding aliases; a real scenario has a few thousand. */
export const MAX_VALUES = 200_000;

/** Tags of the YAML 1.2 core schema; anything else is a custom tag. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface TreeProblem extends Position {
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** How to fix it: every problem the loader reports says (tests/unit/scenario/fix-hints.test.ts). */
  readonly hint: string;
  readonly severity?: Severity;
}

export interface Locator {
  /** Where the value at `path` starts; for a missing value, the nearest enclosing one. */
  valueAt(path: readonly PathSegment[]): Position;
  /** Where the key of the mapping entry at `path` is written (falls back to the value). */
  keyAt(path: readonly PathSegment[]): Position;
}

export type ParsedTree =
  | { readonly ok: true; readonly value: unknown; readonly locate: Locator }
  | { readonly ok: false; readonly problems: readonly TreeProblem[] };

const START: Position = { line: 1, column: 1 };

export function parseYamlTree(text: string): ParsedTree {
  const deep = findExcessiveNesting(text);
  if (deep) return { ok: false, problems: [tooDeep(deep, [])] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return START;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) return { ok: false, problems: [tooDeep(at(overflow.pos[0]), [])] };
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        ...at(error.pos[0]),
        path: [],
        message: `YAML syntax error: ${yamlMessage(error.message)}`,
        hint: syntaxHint(error.code),
      })),
    };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.tag)) {
    return {
      ok: false,
      problems: [{ ...START, path: [], message: 'the file is empty', hint: 'start from tests/fixtures/minimal.yaml or the example in docs/scenario-format.md' }],
    };
  }
  return new TreeBuilder(doc, text, at).build();
}

function tooDeep(position: Position, path: readonly PathSegment[]): TreeProblem {
  return {
    ...position,
    path,
    message: `the document is nested more than ${MAX_DEPTH} levels deep`,
    hint: 'flatten it; a scenario never needs this much nesting',
  };
}

function yamlMessage(message: string): string {
  // yaml appends " at line L, column C" and a code excerpt; the location is printed separately.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping; remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and the brackets, quotes and colons on this line and the one before';
    case 'MULTIPLE_DOCS':
      return 'a scenario file holds one YAML document; remove the extra "---"';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'fix the YAML syntax here (quote text that contains ": " or starts with a special character)';
  }
}

class TreeBuilder {
  private readonly problems: TreeProblem[] = [];
  /** The key each mapping entry was read as; places are looked up from the YAML nodes only when asked for. */
  private readonly keyOf = new Map<unknown, string>();
  private readonly aliasTargets = new Map<Alias, Node | undefined>();
  private readonly expanding = new Set<Node>();
  private count = 0;
  private budgetExceeded = false;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly at: (offset: number | undefined) => Position,
  ) {}

  build(): ParsedTree {
    this.resolveAnchors(this.doc.contents, new Map(), 0);
    const value = this.convert(this.doc.contents, [], 0);
    if (this.problems.length > 0) return { ok: false, problems: this.problems };
    return {
      ok: true,
      value,
      locate: {
        valueAt: (path) => this.nearest(path, false),
        keyAt: (path) => this.nearest(path, true),
      },
    };
  }

  /**
   * Where the value (or the key) at `path` is written; for a path that leads nowhere, the nearest
   * enclosing value. Found by walking the YAML nodes, through aliases, only when a message asks:
   * a valid file pays nothing for it. A value that is an alias is placed where the alias is written,
   * what it repeats where the anchored value is; an entry with no value is placed at its key.
   */
  private nearest(path: readonly PathSegment[], key: boolean): Position {
    const places: { readonly value?: Position; readonly key?: Position }[] = [{ value: this.place(this.doc.contents) }];
    let node = this.doc.contents as Node | null | undefined;
    for (const segment of path) {
      const container = this.unaliased(node);
      if (isMap(container) && typeof segment === 'string') {
        const pair = container.items.find((item) => this.keyOf.get(item) === segment);
        if (!pair) break;
        const keyPlace = this.place(pair.key as Node | null);
        node = pair.value as Node | null;
        places.push({ value: node ? this.place(node) : keyPlace, key: keyPlace });
      } else if (isSeq(container) && typeof segment === 'number' && segment >= 0 && segment < container.items.length) {
        node = container.items[segment] as Node | null;
        places.push({ value: this.place(node) });
      } else break;
    }
    for (let n = places.length - 1; n >= 0; n--) {
      const found = (key ? places[n]?.key : undefined) ?? places[n]?.value;
      if (found) return found;
    }
    return START;
  }

  private place(node: Node | null | undefined): Position | undefined {
    return node?.range ? this.at(node.range[0]) : undefined;
  }

  /** The node an alias repeats (an alias of an alias too); the node itself when it is none. */
  private unaliased(node: Node | null | undefined): Node | null | undefined {
    for (let hops = 0; isAlias(node) && hops <= MAX_DEPTH; hops++) node = this.aliasTargets.get(node);
    return node;
  }

  /** Aliases name the closest anchor before them in the text; walk once, in text order. */
  private resolveAnchors(node: Node | null | undefined, anchors: Map<string, Node>, depth: number): void {
    if (!node || depth > MAX_DEPTH) return;
    if (isAlias(node)) {
      this.aliasTargets.set(node, anchors.get(node.source));
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        this.resolveAnchors(pair.key as Node | null, anchors, depth + 1);
        this.resolveAnchors(pair.value as Node | null, anchors, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) this.resolveAnchors(item as Node | null, anchors, depth + 1);
    }
  }

  private fail(node: Node | null | undefined, path: readonly PathSegment[], message: string, hint: string): undefined {
    this.problems.push({ ...this.at(node?.range?.[0]), path, message, hint });
    return undefined;
  }

  private convert(node: Node | null | undefined, path: PathSegment[], depth: number): unknown {
    if (this.budgetExceeded) return undefined;
    if (!node) return null;
    if (depth > MAX_DEPTH) {
      this.problems.push(tooDeep(this.at(node.range?.[0]), path.slice(0, 2)));
      return undefined;
    }
    if (++this.count > MAX_VALUES) {
      this.budgetExceeded = true;
      // Deep inside repeated aliases the path means little; name the top-level key that explodes.
      const top = path.slice(0, 1);
      const topPair = isMap(this.doc.contents) ? this.doc.contents.items.find((item) => this.keyOf.get(item) === top[0]) : undefined;
      this.problems.push({
        ...(this.place(topPair?.key as Node | null) ?? this.at(node.range?.[0])),
        path: top,
        message:
`the document expands to more than ${MAX_VALUES} values (YAML aliases repeating aliases, an "alias bomb"?)`,
        hint: 'use fewer anchors and aliases (*name); write repeated parts out once',
      });
      return undefined;
    }
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      return this.fail(node, path, `the tag ${shortTag(node.tag)} is not allowed`, 'remove the tag; scenario files are plain YAML (text, numbers, true/false, lists and mappings)');
    }
    if (isAlias(node)) return this.convertAlias(node, path, depth);
    if (isScalar(node)) return this.scalar(node, path);
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item as Node | null, [...path, i], depth + 1));
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode && !isScalar(keyNode)) {
          this.fail(keyNode, path, 'a mapping key is itself a list or mapping', 'keys are plain names, e.g. "label:"');
          continue;
        }
        const key = String((keyNode ? this.scalar(keyNode, path) : '') ?? '');
        const childPath = [...path, key];
        this.keyOf.set(pair, key);
        // defineProperty, not assignment: "__proto__" must stay an ordinary key, never a prototype.
        Object.defineProperty(object, key, {
          value: this.convert(pair.value as Node | null, childPath, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    return this.fail(node, path, 'this kind of YAML node is not supported here', 'use text, numbers, true/false, lists and mappings');
  }

  private scalar(node: Scalar, path: readonly PathSegment[]): unknown {
    const { value } = node;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (!problem) return value;
      // Point at the character itself when it is written as is (not as an escape such as \u202e).
      const written = value.slice(problem.index, problem.index + 10).split('\n')[0] ?? '';
      const start = node.range?.[0] ?? 0;
      const found = this.text.indexOf(written, start);
      const offset = found >= 0 && found < (node.range?.[1] ?? start) ? found : start;
      this.problems.push({ ...this.at(offset), path, message: problem.message, hint: problem.hint });
      return undefined;
    }
    if (typeof value !== 'number' && typeof value !== 'bigint') return value;
    const problem = numberLiteralProblem(value, node.source ?? String(value));
    return problem ? this.fail(node, path, problem.message, problem.hint) : Number(value);
  }

  private convertAlias(alias: Alias, path: PathSegment[], depth: number): unknown {
    const target = this.aliasTargets.get(alias);
    if (!target) return this.fail(alias, path, `the alias *${alias.source} names no anchor defined before it`, `define "&${alias.source}" earlier in the file, or fix the name`);
    if (this.expanding.has(target)) {
      return this.fail(alias, path, `the alias *${alias.source} refers to a value that contains it (a cycle)`, 'an alias may only repeat a value that is complete before it');
    }
    this.expanding.add(target);
    const value = this.convert(target, path, depth);
    this.expanding.delete(target);
    return value;
  }
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
