/**
 * The "why" of every item in compact lines a reader can follow: what the reason says, the answers it rests on, the
 * sources (each numbered once in order of first use, so a reason can say "S3" and the sources appendix lists S3)
 * and the assumption (numbered as the Assumptions section lists it). Rule ids and fact names are kept for the
 * technical trace only. Sections must be built in reading order.
 */
import type { Because, Plan } from '@/domain/plan';
import { COUNSEL_NOTE, fullLegalRef, type LegalRef } from '@/domain/legal';
import type { Answers } from '@/domain/questions';
import { basisText, reasonWords } from '@/domain/reason-words';
import { distinctAssumptions, type StatedAssumption } from '@/domain/say-once';
import { readableCitation } from '@/domain/source-sections';
import { formatCitation, type Citation } from '@/domain/sources';
import { factLabel } from '@/engine';
import type { SourceRef } from '../document';

/** "Which industry does the project serve?" reads as a label; a label without a question mark gets a colon. */
export const triggerLabel = (fact: string): string => {
  const label = factLabel(fact);
  return /[?:]$/.test(label) ? label : `${label}:`;
};

/** A full stop after text that does not end a sentence already. */
export const sentence = (s: string): string => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** A long free-text answer is quoted by its start: the answers appendix has it whole. */
const clip = (s: string, max = 120): string => (s.length > max ? `${s.slice(0, max - 20).trimEnd()}…` : s);

export interface LineOptions {
  /** Leave out the assumption: the item is that assumption. */
  omitAssumption?: boolean;
}

export class Reasons {
  private readonly byKey = new Map<string, SourceRef>();
  readonly assumptions: StatedAssumption[];
  private readonly assumptionRef = new Map<string, string>();

  constructor(
    private readonly plan: Plan,
    private readonly answers: Answers = {},
  ) {
    this.assumptions = distinctAssumptions(plan);
    for (const a of this.assumptions) this.assumptionRef.set(a.text.trim(), a.ref);
  }

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

  /** The answers a reason rests on, in the reader's words: "Industry? Healthcare; Team size: 8 engineers". */
  basis(b: Because): string {
    return reasonWords(b, this.wording())
      .basis.map((x) => basisText({ ...x, value: clip(x.value) }))
      .join('; ');
  }

  private wording() {
    return { labelOf: factLabel, answers: this.answers, currencySymbol: this.plan.costs.currencySymbol };
  }

  /**
   * One line per reason: "A house style with enough examples: fine-tuning. Based on: Must outputs follow a
   * style…? Yes. Sources S1, S2. Assumption A3."
   */
  lines(because: Because[], opts: LineOptions = {}): string[] {
    return because.map((b) => {
      const parts = [sentence(b.title)];
      const basis = this.basis(b);
      if (basis) parts.push(sentence(`Based on: ${basis}`));
      if (b.sources.length)
        parts.push(`Sources ${[...new Set(b.sources.map((c) => this.ref(c)))].join(', ')}.`);
      if (b.assumption && !opts.omitAssumption) {
        const ref = this.assumptionRef.get(b.assumption.trim());
        parts.push(ref ? `Assumption ${ref}.` : sentence(`Assumption: ${b.assumption}`));
      }
      return parts.join(' ');
    });
  }

  /** The lines in one table cell. */
  cell(because: Because[]): string {
    return this.lines(because).join(' / ') || '–';
  }
}

/**
 * The technical trace of one reason, for the appendix that keeps what people do not read: "rule.id · when
 * fact = value; fact = value · derived: …".
 */
export function traceLine(b: Because & { file?: string }): string {
  const parts = [b.file ? `${b.ruleId} (${b.file})` : b.ruleId, b.title];
  if (b.triggers.length) parts.push(`when ${b.triggers.map((t) => `${t.fact} = ${t.value}`).join('; ')}`);
  if (b.sources.length) parts.push(`sources ${b.sources.map(formatCitation).join(', ')}`);
  if (b.derivation) parts.push(`derived: ${b.derivation}`);
  if (b.assumption) parts.push(`assumption: ${b.assumption}`);
  return parts.join(' · ');
}
