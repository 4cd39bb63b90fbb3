/**
 * The "why" of every item in compact lines, with each cited source numbered once in order of first use, so a
 * reason can say "S3" and the sources appendix lists S3. Sections must be built in reading order.
 */
import type { Because } from '@/domain/plan';
import { COUNSEL_NOTE, fullLegalRef, type LegalRef } from '@/domain/legal';
import { readableCitation } from '@/domain/source-sections';
import { formatCitation, type Citation } from '@/domain/sources';
import { factLabel } from '@/engine';
import type { SourceRef } from '../document';

/** "Which industry does the project serve?" reads as a label; a label without a question mark gets a colon. */
export const triggerLabel = (fact: string): string => {
  const label = factLabel(fact);
  return /[?:]$/.test(label) ? label : `${label}:`;
};

export class Reasons {
  private readonly byKey = new Map<string, SourceRef>();

  private add(key: string, title: string, location: string): string {
    let s = this.byKey.get(key);
    if (!s) {
      s = { id: `S${this.byKey.size + 1}`, title, location };
      this.byKey.set(key, s);
    }
    return s.id;
  }

  /** The number of a line of the source articles, given on first use. */
  ref(c: Citation): string {
    const key = formatCitation(c);
    return this.add(key, readableCitation(c), key);
  }

  /** The number of a legal text, given on first use: its instrument, article and official address. */
  law(r: LegalRef): string {
    const title = r.checkWithCounsel ? `${r.instrument} (${COUNSEL_NOTE})` : r.instrument;
    const location = r.article ? `${r.article} · ${r.url}` : r.url;
    return this.add(`${fullLegalRef(r)} ${r.url}`, title, location);
  }

  /** Every source numbered so far, in order. */
  sources(): SourceRef[] {
    return [...this.byKey.values()];
  }

  /** One line per rule: "rule.id (Title) · when fact = value; fact = value · sources S1, S2 · assumption: …". */
  lines(because: Because[]): string[] {
    return because.map((b) => {
      const parts = [`${b.ruleId} (${b.title})`];
      if (b.triggers.length) parts.push(`when ${b.triggers.map((t) => `${t.fact} = ${t.value}`).join('; ')}`);
      if (b.sources.length)
        parts.push(`sources ${[...new Set(b.sources.map((c) => this.ref(c)))].join(', ')}`);
      if (b.derivation) parts.push(`derived: ${b.derivation}`);
      if (b.assumption) parts.push(`assumption: ${b.assumption}`);
      return parts.join(' · ');
    });
  }

  /** The lines in one table cell. */
  cell(because: Because[]): string {
    return this.lines(because).join(' / ') || '–';
  }
}
