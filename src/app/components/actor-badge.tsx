import type { CSSProperties } from 'react';
import type { Actor } from '../../scenario/index.ts';
import './actor-badge.css';

/** An actor's short name on its colour swatch; the name is always written, never only the colour. */
export function ActorBadge({ actor, full = false }: { readonly actor: Pick<Actor, 'short' | 'name' | 'colour'>; readonly full?: boolean }) {
  return (
    <span className="actor-badge" style={{ '--actor': actor.colour } as CSSProperties}>
      <span className="actor-badge__swatch" aria-hidden="true" />
      {full ? actor.name : actor.short}
    </span>
  );
}
