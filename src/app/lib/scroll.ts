/**
 * Scrolls `container` (and only it) the least distance that shows `target`, like
 * scrollIntoView({ block: 'nearest' }) but without moving the page: the timeline keeps its
 * "you are here" in view while the reader's place on the page stays put.
 */
export function scrollNearestWithin(container: HTMLElement, target: HTMLElement, margin = 8): void {
  const box = container.getBoundingClientRect();
  const item = target.getBoundingClientRect();
  const above = item.top - margin - box.top;
  const below = item.bottom + margin - box.bottom;
  if (above < 0) container.scrollTop += above;
  else if (below > 0) container.scrollTop += Math.min(below, above);
}
