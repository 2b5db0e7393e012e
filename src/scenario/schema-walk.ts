/** Finds the part of the zod schema that describes a place in the document (for hints and key lists). */
import type { z } from 'zod';
import type { PathSegment } from './problem.ts';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  /** A record's values (z.record): every key of it holds one of these. */
  readonly valueType?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly getter?: () => z.ZodType;
}

function def(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Through optional, default, lazy and pipe wrappers to the schema that does the work. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    const next = d.innerType ?? d.in ?? (d.type === 'lazy' && d.getter ? d.getter() : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The keys an object schema allows, or of every option when it is a union of objects. */
export function objectKeys(schema: z.ZodType): string[] {
  const d = def(unwrap(schema));
  if (d.shape) return Object.keys(d.shape);
  if (d.options) return [...new Set(d.options.flatMap(objectKeys))];
  return [];
}

/** An object schema's keys that must be written (optional keys and keys with a default left out). */
export function requiredKeys(schema: z.ZodType): string[] {
  const shape = def(unwrap(schema)).shape as Record<string, z.ZodType> | undefined;
  return shape ? Object.keys(shape).filter((k) => !(shape[k] as z.ZodType).safeParse(undefined).success) : [];
}

/** The union's options (unwrapped), or undefined when the schema is not a union. */
export function unionOptions(schema: z.ZodType): readonly z.ZodType[] | undefined {
  return def(unwrap(schema)).options?.map(unwrap);
}

/** The schema for the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    const d = def(unwrap(schema));
    if (typeof segment === 'number') {
      schema = d.element;
    } else if (d.shape) {
      schema = d.shape[segment];
    } else if (d.options) {
      schema = d.options.map((o) => def(unwrap(o)).shape?.[segment]).find((s) => s !== undefined);
    } else if (d.valueType) {
      schema = d.valueType;
    } else {
      return undefined;
    }
  }
  return schema;
}

export function descriptionOf(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  for (let current: z.ZodType | undefined = schema, i = 0; current && i < 20; i++) {
    if (current.description) return current.description;
    const d = def(current);
    current = d.innerType ?? d.in;
  }
  return undefined;
}

/** The description nearest the value itself (a Condition's own, not that of the key holding it). */
export function innermostDescription(schema: z.ZodType | undefined): string | undefined {
  let found: string | undefined;
  for (let current: z.ZodType | undefined = schema, i = 0; current && i < 20; i++) {
    found = current.description ?? found;
    const d = def(current);
    current = d.innerType ?? d.in ?? (d.type === 'lazy' && d.getter ? d.getter() : undefined);
  }
  return found;
}
