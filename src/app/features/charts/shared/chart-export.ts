/** Downloads: a chart as PNG (its SVG drawn on a canvas, with title and legend) and tables as CSV. */
import type { Words } from '../../../lib/words/index.ts';

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** SVG dash pattern, so the PNG legend matches the lines. */
  readonly dash?: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The chart's SVG as standalone markup: explicit size, white background, fonts inlined. */
export function standaloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 640);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 320);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', FONT);
  clone.style.fontFamily = FONT;
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function loadImage(words: Words, src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(words.t('charts.imageFailed')));
    img.src = src;
  });
}

/** Renders the chart, a title above and the legend below, at 2× for sharp slides. */
export async function chartToPng(words: Words, svg: SVGSVGElement, title: string, legend: readonly LegendItem[]): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg);
  const scale = 2;
  const titleH = 40;
  const rowH = 26;
  const colW = 280;
  const perRow = Math.max(1, Math.floor((width - 12) / colW));
  const legendH = legend.length > 0 ? Math.ceil(legend.length / perRow) * rowH + 12 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (titleH + height + legendH) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(words.t('charts.noCanvas'));
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, titleH + height + legendH);
  ctx.fillStyle = '#111111';
  ctx.font = `600 18px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 12, titleH / 2);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    ctx.drawImage(await loadImage(words, url), 0, titleH, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
  ctx.font = `14px ${FONT}`;
  legend.forEach((item, i) => {
    const x = 12 + (i % perRow) * colW;
    const y = titleH + height + 6 + Math.floor(i / perRow) * rowH + rowH / 2;
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 3;
    ctx.setLineDash(item.dash ? item.dash.split(/[ ,]+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 28, y);
    ctx.stroke();
    ctx.fillStyle = '#111111';
    ctx.fillText(fitText(ctx, item.label, colW - 48), x + 36, y);
  });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(words.t('charts.toPngFailed')))), 'image/png');
  });
}

function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}
