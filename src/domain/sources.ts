/**
 * Citations into the source articles in `shared/seeds/`: every threshold, range and obligation points here.
 * The questionnaire shows citations on its first screen, so this module stays free of zod (the validator of a
 * citation is in citation-schema.ts).
 */

export const seedFiles = {
  '000': '000_472cadddb2d527a5.txt',
  '001': '001_888d50a6ff54db5d.txt',
  '002': '002_2ed8d2a805eff0b7.txt',
  '003': '003_ca3158b28e1532dd.txt',
  '004': '004_ee2b63b797ae1de1.txt',
} as const;
export type SeedFile = (typeof seedFiles)[keyof typeof seedFiles];

/** Human-readable titles, so a reader sees what a source is rather than a hash. */
export const seedTitles: Record<SeedFile, string> = {
  '000_472cadddb2d527a5.txt': 'CTO guide to generative AI',
  '001_888d50a6ff54db5d.txt': 'Survey of generative models',
  '002_2ed8d2a805eff0b7.txt': 'Responsible adoption deep dive',
  '003_ca3158b28e1532dd.txt': 'Types and use cases explainer',
  '004_ee2b63b797ae1de1.txt': 'Agentic-AI explainer',
};

/** A seed file and an inclusive range of its lines, counted from 1. */
export interface Citation {
  file: SeedFile;
  lines: [number, number];
}

/** `cite('000', 272, 284)`: a short way to write a citation in data files written in TypeScript. */
export function cite(file: keyof typeof seedFiles, from: number, to: number = from): Citation {
  return { file: seedFiles[file], lines: [from, to] };
}

export function formatCitation(c: Citation): string {
  const [a, b] = c.lines;
  return `${c.file}:${a === b ? a : `${a}-${b}`}`;
}
