/**
 * docs/cameo.md, written from the cited table src/data/cameo-goldstein.tsv: every code with its
 * description and Goldstein weight, grouped by root. `npm run docs` writes it;
 * tests/unit/scenario/cameo-doc.test.ts fails when the doc and the TSV differ.
 */
import type { CameoEntry } from '../src/scenario/cameo-tsv.ts';
import { goldsteinText, QUAD_CLASS } from '../src/scenario/cameo-explain.ts';

function anchor(root: CameoEntry): string {
  return `${root.code}-${root.description}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

export function cameoMarkdown(entries: readonly CameoEntry[]): string {
  const roots = entries.filter((e) => e.code.length === 2);
  const lines = [
    '# CAMEO event codes and Goldstein weights',
    '',
    '<!-- Written by `npm run docs` from src/data/cameo-goldstein.tsv; edit the TSV, not this file',
    '     (tests/unit/scenario/cameo-doc.test.ts fails when the two differ). -->',
    '',
    `Every code a move's \`cameo\` may take (${entries.length} codes in ${roots.length} roots), with the`,
    "description it stands for and its Goldstein weight, from −10 (most conflictual) to +10 (most",
    'cooperative). The move\'s weight follows from its code; see',
    '[CAMEO codes and Goldstein weights](scenario-format.md#cameo-codes-and-goldstein-weights) for',
    'the sources of the table and for overriding a weight with a reason.',
    '',
    "Choose the code by what the **actor does**, and read its description before you trust the",
    'number: "Appeal for humanitarian aid" (0233, +3.4) is asking for aid, while promising it is',
    '"Express intent to provide humanitarian aid" (0333, +5.2) and giving it is "Provide',
    'humanitarian aid" (073, +7.4). Codes are written in quotes (`cameo: "0333"`): unquoted, YAML',
    'reads 0333 as the number 333. `npx whn validate --explain FILE` prints each move\'s code with',
    'its description and weight, so a plausible wrong code shows.',
    '',
    'Roots: ' + roots.map((r) => `[${r.code}](#${anchor(r)})`).join(' · '),
  ];
  for (const root of roots) {
    lines.push('', `## ${root.code} ${root.description}`, '', `${capitalised(QUAD_CLASS[root.quadClass])}.`, '');
    lines.push('| code | description | Goldstein |', '|---|---|---:|');
    for (const entry of entries.filter((e) => e.code.startsWith(root.code))) {
      lines.push(`| \`${entry.code}\` | ${entry.description} | ${goldsteinText(entry.goldstein)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
