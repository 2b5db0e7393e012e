export interface CameoEntry {
  readonly code: string;
  readonly goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly description: string;
}

export function parseCameoTsv(tsv: string): CameoEntry[] {
  const [header, ...rows] = tsv.trim().split('\n');
  if (header?.trim() !== 'code\tgoldstein\tquad_class\tdescription') {
    throw new Error('cameo-goldstein.tsv: unexpected header');
  }
  return rows.map((row, i) => {
    const [code, goldstein, quad, description] = row.split('\t');
    const quadClass = Number(quad);
    if (!code || !description || Number.isNaN(Number(goldstein)) || ![1, 2, 3, 4].includes(quadClass)) {
      throw new Error(`cameo-goldstein.tsv:${i + 2}: malformed row`);
    }
    return { code, goldstein: Number(goldstein), quadClass: quadClass as CameoEntry['quadClass'], description };
  });
}
