/**
 * A source's addresses: `url:` and each entry of `links:`, in that order, each with the title and
 * publisher to show (a link's own, else the source's). A source has at least one (cross-check.ts).
 */
import type { DeepReadonly } from './types.ts';
import type { Source } from './schema.ts';

export interface SourceLinkView {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
}

export function sourceLinks(source: DeepReadonly<Source>): SourceLinkView[] {
  const first = source.url === undefined ? [] : [{ url: source.url, title: source.title, publisher: source.publisher }];
  const more = (source.links ?? []).map((l) => ({ url: l.url, title: l.title ?? source.title, publisher: l.publisher ?? source.publisher }));
  return [...first, ...more];
}
