/**
 * Warnings about what a user cannot tell apart on screen: two moves of one actor with the same
 * label (the move list shows labels only), two actors with the same name, short name or colour
 * (buttons, badges and chart legends). The file still loads; `whn validate` prints them.
 */
import type { PathSegment } from './problem.ts';
import { field, itemsAt, wellFormed } from './raw-access.ts';
import { Actor, Id, Move } from './schema.ts';
import type { Locator, TreeProblem } from './yaml-tree.ts';

const Label = Move.shape.label;
const { name: Name, short: Short, colour: Colour } = Actor.shape;

/** What a reader sees: compatibility forms folded, invisible characters dropped, case and spacing ignored. */
function screenForm(text: string): string {
  return text.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function lookAlikeWarnings(data: unknown, locate: Locator): TreeProblem[] {
  return [...sameMoveLabels(data, locate), ...sameActorLooks(data, locate)];
}

function warning(locate: Locator, path: PathSegment[], message: string, hint: string): TreeProblem {
  return { ...locate.valueAt(path), path, message, hint, severity: 'warning' };
}

function sameMoveLabels(data: unknown, locate: Locator): TreeProblem[] {
  const found: TreeProblem[] = [];
  const first = new Map<string, number>();
  itemsAt(data, 'moves').forEach((move, i) => {
    const actor = field(move, 'actor');
    const label = field(move, 'label');
    if (!wellFormed(Id, actor) || !wellFormed(Label, label)) return;
    const key = `${actor}\u0000${screenForm(label)}`;
    const before = first.get(key);
    if (before === undefined) {
      first.set(key, i);
      return;
    }
    const line = locate.valueAt(['moves', before, 'label']).line;
    found.push(
      warning(locate, ['moves', i, 'label'], `actor '${actor}' has another move labelled '${label.trim()}' (moves[${before}], line ${line})`, 'give each move of an actor its own label: players choose moves by label'),
    );
  });
  return found;
}

function sameActorLooks(data: unknown, locate: Locator): TreeProblem[] {
  const found: TreeProblem[] = [];
  const actors = itemsAt(data, 'actors');
  actors.forEach((actor, i) => {
    for (let j = 0; j < i; j++) {
      const other = actors[j];
      const same = [sameText('name', 'name', actor, other), sameText('short', 'short name', actor, other), sameColour(actor, other)].filter((s) => s !== null);
      const firstSame = same[0];
      if (!firstSame) continue;
      const otherId = field(other, 'id');
      const line = locate.valueAt(['actors', j]).line;
      const whom = wellFormed(Id, otherId) ? `actor '${otherId}'` : `actors[${j}]`;
      found.push(
        warning(
          locate,
          ['actors', i, firstSame.key],
          `this actor has the same ${same.map((s) => s.words).join(' and the same ')} as ${whom} (line ${line})`,
          'give each actor its own name, short name and colour: players tell the sides apart by them',
        ),
      );
      break;
    }
  });
  return found;
}

interface Same {
  readonly key: string;
  readonly words: string;
}

function sameText(key: 'name' | 'short', what: string, a: unknown, b: unknown): Same | null {
  const schema = key === 'name' ? Name : Short;
  const x = field(a, key);
  const y = field(b, key);
  if (!wellFormed(schema, x) || !wellFormed(schema, y) || screenForm(x) !== screenForm(y)) return null;
  return { key, words: `${what} '${x.trim()}'` };
}

function sameColour(a: unknown, b: unknown): Same | null {
  const x = field(a, 'colour');
  const y = field(b, 'colour');
  if (!wellFormed(Colour, x) || !wellFormed(Colour, y) || x.toLowerCase() !== y.toLowerCase()) return null;
  return { key: 'colour', words: `colour ${x}` };
}
