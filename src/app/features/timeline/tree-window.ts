/**
 * The branch tree shows a window of a big tree: the branches around the one you are on and, in a
 * long branch, the steps around where you are, with buttons for the rest. A session of 20,000
 * nodes then draws a few hundred buttons per move, not 20,000 (`npm run bench:sessions`).
 */

/** Branches drawn around the current one, and steps drawn around the current step, before any "show more". */
export const BRANCHES_SHOWN = 60;
export const STEPS_SHOWN = 120;
/** How many more each "show earlier/later" button adds. */
export const SHOW_MORE = 200;

export interface Extra {
  readonly before: number;
  readonly after: number;
}

export const NO_EXTRA: Extra = { before: 0, after: 0 };

/** The slice [from, to) of `count` items to draw: `size` around `focus`, widened by what was asked for. */
export function windowAround(count: number, focus: number, size: number, extra: Extra): { readonly from: number; readonly to: number } {
  if (count <= size) return { from: 0, to: count };
  const half = Math.floor(size / 2);
  let from = Math.max(0, focus - half);
  let to = Math.min(count, from + size);
  from = Math.max(0, to - size);
  from = Math.max(0, from - extra.before);
  to = Math.min(count, to + extra.after);
  return { from, to };
}
