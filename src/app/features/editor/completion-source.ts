/**
 * What the editor offers at the cursor: the format's keys (from its JSON Schema), the draft's own ids
 * where a key names one (actor, posture, level, move, source), CAMEO codes with their description
 * and Goldstein weight, and the schema's fixed values. Pure: the CodeMirror glue is in yaml-editor.tsx.
 */
import { allCameoCodes, cameoEntry } from '../../../scenario/cameo.ts';
import type { DraftIds } from '../../stores/scenario-check/draft-details.ts';
import { keysAt, valuesAt } from './schema-keys.ts';
import { yamlContext } from './yaml-context.ts';

export interface Offer {
  readonly label: string;
  readonly type: 'property' | 'variable' | 'constant' | 'enum';
  readonly detail?: string;
  readonly info?: string;
  /** Text put in place of the label (a key gets its ": "). */
  readonly apply?: string;
}

export interface Offers {
  readonly from: number;
  readonly options: readonly Offer[];
}

export interface CompletionData {
  readonly schema: Readonly<Record<string, unknown>> | null;
  readonly ids: DraftIds;
  /** The words shown beside an offer, in the page's language. */
  readonly labels: OfferLabels;
}

export interface OfferLabels {
  readonly required: string;
  readonly actor: string;
  readonly posture: string;
  readonly move: string;
  readonly source: string;
}

const LEVEL_KEYS = new Set(['is', 'isNot', 'set', 'atLeast', 'atMost', 'oneOf', 'initial']);

/** "US / DPRK" weights read the same in both languages; the sign is what an author looks for. */
export function goldsteinText(weight: number): string {
  return weight > 0 ? `+${weight}` : String(weight);
}

function cameoOffers(): Offer[] {
  return allCameoCodes().map((code) => {
    const entry = cameoEntry(code);
    return { label: code, type: 'constant', detail: `${goldsteinText(entry?.goldstein ?? 0)} · ${entry?.description ?? ''}`, info: entry?.description ?? '' };
  });
}

function levelOffers(ids: DraftIds, line: string, posture: string | null): Offer[] {
  const ref = posture ?? /posture:[ \t]*['"]?([\w.-]+)/.exec(line)?.[1] ?? null;
  const levels = ref !== null && ids.levels[ref] ? { [ref]: ids.levels[ref] } : ids.levels;
  const seen = new Set<string>();
  const offers: Offer[] = [];
  for (const [owner, list] of Object.entries(levels)) {
    for (const level of list ?? []) {
      if (seen.has(level)) continue;
      seen.add(level);
      offers.push({ label: level, type: 'enum', detail: owner });
    }
  }
  return offers;
}

function idOffers(key: string, ids: DraftIds, labels: OfferLabels, line: string): Offer[] | null {
  const plain = (list: readonly string[], detail: string): Offer[] => list.map((label) => ({ label, type: 'variable', detail }));
  switch (key) {
    case 'actor':
      return plain(ids.actors, labels.actor);
    case 'posture':
      return plain(ids.postures, labels.posture);
    case 'move':
      return plain(ids.moves, labels.move);
    case 'sources':
      return plain(ids.sources, labels.source);
    case 'cameo':
      return cameoOffers();
    default:
      return LEVEL_KEYS.has(key) ? levelOffers(ids, line, null) : null;
  }
}

/** What to offer at `pos` of `text`, or null for nothing. */
export function completionsAt(text: string, pos: number, data: CompletionData): Offers | null {
  const context = yamlContext(text, pos);
  if (!context) return null;
  if (context.kind === 'value') {
    const offers = idOffers(context.key, data.ids, data.labels, context.line) ?? (data.schema ? valuesAt(data.schema, context.path, context.key).map((label): Offer => ({ label, type: 'enum' })) : []);
    return offers.length === 0 ? null : { from: context.from, options: offers };
  }
  if (context.listOf !== undefined) {
    const listed = idOffers(context.listOf, data.ids, data.labels, '');
    if (listed && listed.length > 0) return { from: context.from, options: listed };
  }
  if (!data.schema) return null;
  const keys = keysAt(data.schema, context.path);
  if (keys.length === 0) return null;
  return {
    from: context.from,
    options: keys.map(({ key, description, required }) => ({ label: key, type: 'property', apply: `${key}: `, ...(required ? { detail: data.labels.required } : {}), ...(description ? { info: description } : {}) })),
  };
}

/** The CAMEO code under `column` (0-based) of a `cameo:` line, or null. */
export function cameoAt(line: string, column: number): string | null {
  const match = /cameo:[ \t]*(['"]?)(\d{2,4})\1/.exec(line);
  if (!match?.[2]) return null;
  const start = match.index + match[0].indexOf(match[2]);
  return column >= start && column <= start + match[2].length ? match[2] : null;
}
