/**
 * No text in the UI bypasses the catalogues: every word a user reads in src/app comes from
 * `t()`/`rich()`. This scans each TSX file with the TypeScript parser for JSX text, string
 * literals written as JSX children, and string values of the attributes a user reads or hears
 * (aria-label, title, placeholder, alt, label…), and names each one with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
// Text with a letter in it is words; arrows, symbols and punctuation alone are not.
const WORDS = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Each literal UI string in a TSX source: "file:line: text". */
function literalStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && !ts.isJsxAttribute(node.parent) && WORDS.test(node.expression.text)) {
      report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer) ? node.initializer : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteral(node.initializer.expression) ? node.initializer.expression : null;
      if (value && WORDS.test(value.text)) report(node, `${node.name.getText(sf)}=${value.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI strings', () => {
  it('should all come from the catalogues (no literal text in src/app TSX)', () => {
    const found = tsxFiles(join(ROOT, 'src/app')).flatMap((path) => literalStrings(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found, `text that bypasses the catalogues (put it in src/app/lib/words/catalogues/en.json and use t()):\n${found.join('\n')}`).toEqual([]);
  });

  it('should catch JSX text, a literal child and a read attribute, and let keys and symbols pass', () => {
    const source = [
      'export const A = () => (',
      '  <p title="Tension" data-kind="x">',
      '    Hello {"world"} {t("a.key")} ▶ · 12',
      '    <input aria-label={"Seed"} className="input" />',
      '  </p>',
      ');',
    ].join('\n');
    expect(literalStrings('probe.tsx', source)).toEqual(['probe.tsx:2: "title=Tension"', 'probe.tsx:3: "Hello"', 'probe.tsx:3: "world"', 'probe.tsx:4: "aria-label=Seed"']);
  });
});
