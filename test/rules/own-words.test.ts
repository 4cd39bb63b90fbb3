/** The sources' facts may be used, their sentences may not: no rule text shares a run of 7 words with a seed. */
import { readdirSync } from 'node:fs';
import { ruleset } from '@/engine/ruleset';
import { approachSummaries } from '@/engine/labels';
import { seedLines, seedsDir, seedsMissing } from '../support/seeds';

const RUN = 7;
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9%$.]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);

function runsOf(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (k !== 'when' && k !== 'sources' && k !== 'id') textsOf(v, out);
  return out;
}

describe('the knowledge base is written in the product’s own words', () => {
  it.skipIf(seedsMissing())('shares no run of seven words with any source article', () => {
    const seedRuns = new Set<string>();
    for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')))
      for (const line of seedLines(file)) for (const r of runsOf(line)) seedRuns.add(r);
    const copied: string[] = [];
    const texts = [...textsOf(ruleset), ...Object.values(approachSummaries)];
    for (const t of texts) for (const r of runsOf(t)) if (seedRuns.has(r)) copied.push(`"${r}" in: ${t}`);
    expect(copied).toEqual([]);
  });
});
