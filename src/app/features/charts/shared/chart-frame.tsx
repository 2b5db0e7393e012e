/**
 * The frame every chart sits in: heading, text summary, the chart, and the accessible
 * alternatives and downloads (table toggle, PNG, CSV). Keeps the three charts consistent.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TableModel } from './chart-table.ts';
import { displayCell } from './chart-table.ts';
import { downloadBlob } from '../../../lib/download.ts';
import { chartToPng, type LegendItem } from './chart-export.ts';
import { toCsv } from '../../../../engine/index.ts';
import { useWords } from '../../../lib/words/index.ts';

export interface ChartFrameProps {
  /** Short title, also used in button names ("Download Tension index as PNG"). */
  readonly title: string;
  readonly summary: string;
  /** The on-screen table (and the CSV unless csvTable is given): made only when shown or downloaded. */
  readonly table: () => TableModel;
  /** The CSV may hold more than the table (every branch, not just the drawn ones). */
  readonly csvTable?: () => TableModel;
  readonly fileBase: string;
  readonly legend: readonly LegendItem[];
  /** A line under the chart, e.g. how many branches are not drawn. */
  readonly note?: string | null;
  readonly onSelectNode?: (id: number) => void;
  readonly currentNode?: number;
  /** The chart titles' heading level, to fit the page's outline (default 3). */
  readonly headingLevel?: 2 | 3 | 4;
  /** A line the reader may add (a toggle button; the table shows it too while it is on). */
  readonly toggle?: { readonly label: string; readonly on: boolean; readonly onChange: (on: boolean) => void } | undefined;
  readonly children: ReactNode;
}

export function ChartFrame({ title, summary, table, csvTable, fileBase, legend, note, onSelectNode, currentNode, headingLevel = 3, toggle, children }: ChartFrameProps) {
  const words = useWords();
  const { t } = words;
  const Heading = `h${headingLevel}` as const;
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  // A hidden table costs nothing: a long path's rows are made when the table is opened.
  const shownTable = useMemo(() => (showTable ? table() : null), [showTable, table]);
  useLayoutEffect(() => {
    if (shownTable && tableRef.current) fitWholeRows(tableRef.current);
  }, [shownTable]);
  const headingId = useId();
  const summaryId = useId();
  const tableId = useId();

  async function downloadPng() {
    // Legend icons are small recharts-surface SVGs too: the chart is the largest one.
    const svgs = [...(chartRef.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])];
    const area = (el: SVGSVGElement) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
    const svg = svgs.sort((a, b) => area(b) - area(a))[0];
    if (!svg) {
      setStatus(t('charts.noChart'));
      return;
    }
    try {
      downloadBlob(await chartToPng(words, svg, title, legend), `${fileBase}.png`);
      setStatus(null);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : t('charts.pngFailed'));
    }
  }

  function downloadCsv() {
    const model = csvTable ? csvTable() : table();
    downloadBlob(new Blob([toCsv(model.columns, model.rows, { bom: true })], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`);
  }

  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <Heading id={headingId}>{title}</Heading>
        <div className="chart-frame__actions" role="group" aria-label={t('charts.actions', { title })}>
          {toggle ? (
            <button type="button" aria-pressed={toggle.on} onClick={() => toggle.onChange(!toggle.on)}>
              {toggle.label}
            </button>
          ) : null}
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            aria-label={t(showTable ? 'charts.hideTableOf' : 'charts.showTableOf', { title })}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('charts.hideTable') : t('charts.showTable')}
          </button>
          <button type="button" aria-label={t('charts.downloadPng', { title })} onClick={() => void downloadPng()}>
            {t('charts.png')}
          </button>
          <button type="button" aria-label={t('charts.downloadCsv', { title })} onClick={downloadCsv}>
            {t('charts.csv')}
          </button>
        </div>
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary}
      </p>
      <div ref={chartRef} className="chart-frame__chart">
        {children}
      </div>
      {note ? <p className="chart-frame__note">{note}</p> : null}
      {status ? (
        <p className="chart-frame__status" role="alert">
          {status}
        </p>
      ) : null}
      <div ref={tableRef} id={tableId} className="chart-frame__table" hidden={!showTable} tabIndex={showTable ? 0 : -1} role="region" aria-label={t('charts.tableOf', { title })}>
        {shownTable ? <DataTable table={shownTable} onSelectNode={onSelectNode} currentNode={currentNode} /> : null}
      </div>
    </section>
  );
}

/** The scroll box's height in rem at most; it is cut back to end on a whole row. */
const TABLE_MAX_REM = 22;

/** Sets the table box's height to end below a whole row, so no row shows cut in half. */
function fitWholeRows(box: HTMLElement) {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const limit = TABLE_MAX_REM * rem;
  const top = box.getBoundingClientRect().top - box.scrollTop;
  let fit = 0;
  for (const row of box.querySelectorAll('tbody tr')) {
    const bottom = row.getBoundingClientRect().bottom - top;
    if (bottom > limit) break;
    fit = bottom;
  }
  box.style.maxHeight = fit > 0 ? `${Math.round(fit)}px` : '';
}

function DataTable({ table, onSelectNode, currentNode }: { table: TableModel; onSelectNode?: (id: number) => void; currentNode?: number }) {
  const words = useWords();
  const { t } = words;
  const stepColumn = table.columns.indexOf(t('charts.col.step'));
  const dateColumn = table.columns.indexOf(t('charts.col.date'));
  return (
    <table>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          {onSelectNode ? (
            <th scope="col">
              <span className="visually-hidden">{t('charts.goTo')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => {
          const node = table.nodes[r];
          const here = node === currentNode;
          return (
            <tr key={r} aria-current={here ? 'step' : undefined}>
              {row.map((cell, c) => (
                <td key={c} className={table.formats[c] === 'text' ? undefined : 'num'}>
                  {displayCell(words, table.formats[c] ?? 'text', cell)}
                </td>
              ))}
              {onSelectNode && node !== undefined ? (
                <td>
                  <button
                    type="button"
                    disabled={here}
                    aria-label={t(here ? 'charts.hereStep' : 'charts.goToStep', { step: String(row[stepColumn] ?? r), date: String(row[dateColumn] ?? '') })}
                    onClick={() => onSelectNode(node)}
                  >
                    {here ? t('charts.here.button') : t('charts.go')}
                  </button>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
