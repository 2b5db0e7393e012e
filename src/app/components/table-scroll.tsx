import type { ReactNode } from 'react';
import './table-scroll.css';

export interface TableScrollProps {
  /** The table's name, for the box a keyboard user lands on to scroll it. */
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * A table wider than the screen (a phone) scrolls sideways inside this box, never the page. The box
 * is focusable so a keyboard can scroll it too (axe: scrollable-region-focusable); a group, not a landmark, as the section around it is one already.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
