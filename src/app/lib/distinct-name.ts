/** "Name", or "Name (2)", "Name (3)"…: the first that no other entry uses, so two sessions never look alike in a list. */
export function distinctName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate)) return candidate;
  }
}
