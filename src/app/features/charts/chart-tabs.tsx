/**
 * A tab list for the charts (the WAI-ARIA tabs pattern): arrow keys, Home and End move between
 * tabs and select them; only the selected tab's panel is rendered, so a move redraws one chart.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ChartTab<K extends string> {
  readonly key: K;
  /** Short text on the tab. */
  readonly label: string;
}

export interface ChartTabsProps<K extends string> {
  readonly label: string;
  readonly tabs: readonly ChartTab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  /** The selected tab's content. */
  readonly children: ReactNode;
}

export function ChartTabs<K extends string>({ label, tabs, selected, onSelect, children }: ChartTabsProps<K>) {
  const base = useId();
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = (key: K) => `${base}-panel-${key}`;

  function onKeyDown(event: KeyboardEvent) {
    const at = tabs.findIndex((t) => t.key === selected);
    const target = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    // Handled here, so the page's arrow-key shortcut (step the replay) does not fire as well.
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.key);
    buttons.current.get(next.key)?.focus();
  }

  return (
    <>
      <div className="chart-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) buttons.current.set(t.key, el);
              else buttons.current.delete(t.key);
            }}
            type="button"
            role="tab"
            id={tabId(t.key)}
            className="chart-tabs__tab"
            aria-selected={t.key === selected}
            aria-controls={panelId(t.key)}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.key} role="tabpanel" id={panelId(t.key)} aria-labelledby={tabId(t.key)} hidden={t.key !== selected} className="chart-tabs__panel">
          {t.key === selected ? children : null}
        </div>
      ))}
    </>
  );
}
