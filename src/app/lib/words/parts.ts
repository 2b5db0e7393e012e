/**
 * A catalogue comes in two parts: the core, which loads with the first page, and the areas of the
 * lazily loaded features (classroom, debrief, charts, what happens next) and of the dialogs
 * (compare, picker, help, share), which load with the features, right after the first page.
 * The build splits every catalogue by this list (vite.config.ts), so the first page's JS carries
 * only the words it shows.
 */
export const LAZY_AREAS: readonly string[] = ['classroom', 'debrief', 'report', 'csv', 'log', 'void', 'summary', 'charts', 'whatsNext', 'compare', 'picker', 'help', 'share', 'network', 'editor'];

export type CataloguePart = 'core' | 'lazy';

export function partOf(key: string): CataloguePart {
  return LAZY_AREAS.includes(key.slice(0, key.indexOf('.'))) ? 'lazy' : 'core';
}
