/**
 * Who makes a move and whom it is aimed at. A file may write `actor: us` or `actor: [us, rok]`,
 * `target: dprk` or `target: [dprk, prc]`; the loaded scenario always has lists (`actors`, and
 * `target` when the file gives one) and, in `actor`, the actor whose turn and seat offer the
 * move: the first listed one that is played (docs/scenario-format.md, "Several actors").
 * The hash is taken before this, from the file as written, so it stays what it was.
 */
import type { ScenarioData } from './schema.ts';

type RawMove = ScenarioData['moves'][number];

/** A move as the loaded scenario holds it. */
export type NormalMove = Omit<RawMove, 'actor' | 'target'> & {
  /** The actor whose turn and seat offer the move: the first of `actors` that is played. */
  actor: string;
  /** Every actor making the move, in the file's order. */
  actors: string[];
  /** The actors it is aimed at, when the file names them; otherwise the actors not making it. */
  target?: string[];
};

export type NormalData = Omit<ScenarioData, 'moves'> & { moves: NormalMove[] };

/** One id or a list of ids, as a list. */
export function asList(value: string | readonly string[]): string[] {
  return typeof value === 'string' ? [value] : [...value];
}

/** Whether an actor is offered seats and turns (`played: false` says it is not). */
export function isPlayed(actor: { readonly played?: boolean | undefined }): boolean {
  return actor.played !== false;
}

export function normalizeMoves(data: ScenarioData): NormalData {
  const played = new Set(data.actors.filter(isPlayed).map((a) => a.id));
  return {
    ...data,
    moves: data.moves.map(({ actor, target, ...rest }) => {
      const actors = asList(actor);
      const lead = actors.find((a) => played.has(a)) ?? (actors[0] as string);
      return { ...rest, actor: lead, actors, ...(target === undefined ? {} : { target: asList(target) }) };
    }),
  };
}
