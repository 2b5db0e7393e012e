/**
 * The keys the scenario format allows at a place in the file, read from its JSON Schema (sent by the
 * draft worker, which generates it from the loader's own schema), so the editor never keeps a copy.
 */
import { ITEM, type ContextSegment } from './yaml-context.ts';

type Node = Readonly<Record<string, unknown>>;

export interface SchemaKey {
  readonly key: string;
  readonly description: string;
  readonly required: boolean;
}

const asNode = (value: unknown): Node | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null);

/** The schema node and every alternative it stands for ($ref, anyOf, oneOf, allOf), flattened. */
function variants(root: Node, node: Node | null, seen = new Set<Node>()): Node[] {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = asNode(target)?.[part];
    return variants(root, asNode(target), seen);
  }
  const out: Node[] = [node];
  for (const combiner of ['anyOf', 'oneOf', 'allOf']) {
    const options = node[combiner];
    if (Array.isArray(options)) for (const option of options) out.push(...variants(root, asNode(option), seen));
  }
  return out;
}

/** The schema nodes at `path` (several where the format offers alternatives). */
export function schemaAt(root: Node, path: readonly ContextSegment[]): Node[] {
  let nodes = variants(root, root);
  for (const segment of path) {
    const next: Node[] = [];
    for (const node of nodes) {
      const child = segment === ITEM ? asNode(node.items) : asNode(asNode(node.properties)?.[segment]);
      next.push(...variants(root, child));
    }
    nodes = next;
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** Every key allowed in the mapping at `path`, with the schema's description, required ones first. */
export function keysAt(root: Node, path: readonly ContextSegment[]): SchemaKey[] {
  const keys = new Map<string, SchemaKey>();
  for (const node of schemaAt(root, path)) {
    const properties = asNode(node.properties);
    if (!properties) continue;
    const required = Array.isArray(node.required) ? node.required : [];
    for (const [key, value] of Object.entries(properties)) {
      if (keys.has(key)) continue;
      const description = variants(root, asNode(value)).map((v) => v.description).find((d): d is string => typeof d === 'string') ?? '';
      keys.set(key, { key, description, required: required.includes(key) });
    }
  }
  return [...keys.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** The fixed values the schema allows for `key` at `path` (enums and constants), as written in YAML. */
export function valuesAt(root: Node, path: readonly ContextSegment[], key: string): string[] {
  const values = new Set<string>();
  for (const node of schemaAt(root, [...path, key])) {
    if (Array.isArray(node.enum)) for (const v of node.enum) values.add(String(v));
    if (node.const !== undefined) values.add(String(node.const));
    if (node.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values];
}
