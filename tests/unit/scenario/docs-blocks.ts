/** The ```yaml blocks of docs/scenario-format.md, each with the heading it stands under. */
import { readFileSync } from 'node:fs';

export const formatDoc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

export type DocBlock = {
  /** The nearest heading above the block, as written ("### Time zones"). */
  readonly heading: string;
  /** The block's text, without its fences. */
  readonly text: string;
  /** The line of the opening fence, counting from 1. */
  readonly line: number;
};

/** Every fenced block of the page, in order, with its language ('' for none). */
export function fencedBlocks(doc: string = formatDoc): (DocBlock & { readonly language: string })[] {
  const blocks: (DocBlock & { language: string })[] = [];
  let heading = '';
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^#{1,6} /.test(line)) heading = line;
    const fence = /^```(\S*)$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`docs/scenario-format.md:${i + 1}: a code block that never closes`);
    blocks.push({ heading, language: fence[1] as string, text: `${lines.slice(i + 1, end).join('\n')}\n`, line: i + 1 });
    i = end;
  }
  return blocks;
}

/** The yaml examples under one heading. */
export function examplesUnder(heading: string, doc: string = formatDoc): string[] {
  return fencedBlocks(doc)
    .filter((b) => b.heading === heading && b.language === 'yaml')
    .map((b) => b.text);
}

/** Whether the lines of `piece` appear in a row in `text`, all indented by the same amount. */
export function containsIndented(text: string, piece: string): boolean {
  const lines = piece.trimEnd().split('\n');
  const all = text.split('\n');
  return all.some((line, i) => {
    const first = lines[0] as string;
    if (!line.endsWith(first) || line.trim() !== first.trim()) return false;
    const indent = line.slice(0, line.length - first.length);
    return lines.every((l, k) => all[i + k] === indent + l);
  });
}
