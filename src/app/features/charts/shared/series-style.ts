/**
 * How series look. Colours come from the Okabe–Ito palette (readable with colour-blindness),
 * and every series also differs by dash pattern and marker, so colour is never the only signal.
 */

/** What styling needs to know of a series: its kind ("current", "replay" or another branch), its end node (its age) and, for another branch, its number. */
export interface StyledSeries {
  readonly key: string;
  readonly kind: string;
  readonly end: number;
  /** 1-based among the other branches, oldest first ("Branch 3"): it keeps its number, so its look, as newer ones appear. */
  readonly number?: number;
}

export interface LineStyle {
  readonly colour: string;
  readonly width: number;
  readonly dash: string | undefined;
  readonly symbol: 'circle' | 'diamond' | 'square' | 'triangle' | 'cross' | 'star' | 'wye';
}

const BRANCH_COLOURS = ['#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A4FB5'];
const DASHES = ['8 4', '2 4', '12 4 2 4', '4 2', '16 6', '2 2'];
const SYMBOLS: LineStyle['symbol'][] = ['diamond', 'square', 'triangle', 'cross', 'star', 'wye'];

export const CURRENT_STYLE: LineStyle = { colour: '#0b4f9c', width: 4, dash: undefined, symbol: 'circle' };
// A wide pale band under the other lines: visible where a branch follows history, told apart by width.
export const GHOST_STYLE: LineStyle = { colour: '#b3bac5', width: 9, dash: undefined, symbol: 'circle' };

// The current branch's peak so far: thinner, dark and dotted, so it reads as a bound, not a branch.
export const PEAK_STYLE: LineStyle = { colour: '#3d3d3d', width: 2, dash: '3 3', symbol: 'circle' };

/**
 * Styles for the drawn series, by key. Other branches are styled by their number (branch 1 gets the
 * first look, branch 7 the first again), oldest first; one whose look a drawn branch already has
 * takes the first free one. So no two drawn branches share a look, and a branch keeps its look as
 * the most recent ones come and go (each redrawn series costs Recharts a redraw: stable-series.ts).
 */
export function seriesStyles(drawn: readonly StyledSeries[]): ReadonlyMap<string, LineStyle> {
  const styles = new Map<string, LineStyle>();
  const branches = drawn.filter((s) => s.kind === 'branch').sort((a, b) => a.end - b.end);
  for (const s of drawn) {
    if (s.kind === 'current') styles.set(s.key, CURRENT_STYLE);
    else if (s.kind === 'replay') styles.set(s.key, GHOST_STYLE);
    else if (s.kind === 'peak') styles.set(s.key, PEAK_STYLE);
  }
  const looks = BRANCH_COLOURS.length;
  const taken = new Set<number>();
  const slots = branches.map((s, rank) => {
    const wanted = (s.number ?? rank + 1) - 1;
    const slot = wanted >= 0 && !taken.has(wanted % looks) ? wanted % looks : firstFree(taken, looks, rank);
    taken.add(slot);
    return slot;
  });
  branches.forEach((s, k) => {
    const i = slots[k] as number;
    styles.set(s.key, { colour: BRANCH_COLOURS[i] as string, width: 2.5, dash: DASHES[i], symbol: SYMBOLS[i] ?? 'diamond' });
  });
  return styles;
}

/** The first look no drawn branch has yet; past as many branches as looks, they repeat by rank. */
function firstFree(taken: ReadonlySet<number>, looks: number, rank: number): number {
  for (let i = 0; i < looks; i++) if (!taken.has(i)) return i;
  return rank % looks;
}

/** For actors' lines: their scenario colour, told apart by dash and marker too. */
export function actorStyle(colour: string, index: number): LineStyle {
  return { colour, width: 3, dash: index === 0 ? undefined : DASHES[(index - 1) % DASHES.length], symbol: index === 0 ? 'circle' : (SYMBOLS[(index - 1) % SYMBOLS.length] ?? 'diamond') };
}

export const COOPERATION_COLOUR = '#1b7a4b';
export const CONFLICT_COLOUR = '#b83a12';
