/**
 * Every item a plan shows a reader, as the results page and the exports present it (assumptions merged, repeated
 * reasons shortened: `@/domain/say-once`), with where it comes from. The decision summary is left out: it points to
 * items the sections give.
 */
import type { Plan } from '@/domain/plan';
import {
  alternativesToList,
  alternativeWhyNot,
  distinctAssumptions,
  preferenceReason,
} from '@/domain/say-once';

export interface PresentedItem {
  where: string;
  text: string;
}

export function presentedItems(p: Plan): PresentedItem[] {
  const out: PresentedItem[] = [];
  const add = (where: string, text: string) => {
    if (text.trim()) out.push({ where, text });
  };
  add('approach summary', p.approach.summary);
  for (const n of p.approach.notes) add('approach note', n.text);
  const pref = preferenceReason(p.approach);
  if (pref) add('preference', pref);
  for (const a of alternativesToList(p.approach))
    add(`alternative ${a.approach}`, alternativeWhyNot(p.approach, a));
  for (const n of p.model.notes) add('model note', n.text);
  for (const c of p.components) add(`component ${c.id}`, c.purpose);
  for (const r of p.risks) {
    add(`risk ${r.id}`, r.description);
    for (const m of r.mitigations) add(`mitigation of ${r.id}`, m);
  }
  for (const o of p.obligations) {
    add(`obligation ${o.id}`, o.why);
    for (const a of o.actions) add(`action of ${o.id}`, a);
  }
  for (const b of p.evaluation.benchmarks) add(`benchmark ${b.id}`, b.threshold);
  add('human in the loop', p.evaluation.humanInTheLoop);
  add('prompt versioning', p.evaluation.promptVersioning);
  add('red-team cadence', p.evaluation.redTeamCadence);
  for (const k of p.evaluation.killCriteria) add('kill criterion', k);
  for (const m of p.metrics) add(`metric ${m.name}`, m.target);
  for (const r of p.readiness) for (const x of r.reasons) add(`readiness ${r.area}`, x);
  for (const w of p.warnings) {
    add(`warning ${w.id}`, w.message);
    add(`fix of ${w.id}`, w.fix);
  }
  for (const n of p.nextSteps) add('next step', n.text);
  for (const c of p.checks) add(`check ${c.id}`, c.text);
  for (const a of distinctAssumptions(p))
    add(
      a.because.some((b) => b.ruleId.startsWith('assumed'))
        ? `assumed answer ${a.ref}`
        : `assumption ${a.ref}`,
      a.text,
    );
  return out;
}

/** Pairs of items that say the same thing (same text, ignoring case, spacing and the final full stop). */
export function repeatedItems(p: Plan): string[] {
  const key = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const seen = new Map<string, string>();
  const repeats: string[] = [];
  for (const { where, text } of presentedItems(p)) {
    const k = key(text);
    const first = seen.get(k);
    if (first) repeats.push(`${first} = ${where}: ${text}`);
    else seen.set(k, where);
  }
  return repeats;
}

/** Text that presumes a retrieval layer: a document store, embeddings, a vector index, retrieved passages. */
export const RETRIEVAL_WORDS = /\bretriev|\bvector (index|store|database)|\bdocument store|\bembedding/i;

/** Items other than the approach's alternatives (which say why retrieval was not chosen) that presume retrieval. */
export function retrievalItems(p: Plan): PresentedItem[] {
  return presentedItems(p).filter(
    (i) =>
      !i.where.startsWith('alternative') &&
      !['preference', 'approach summary'].includes(i.where) &&
      // A default taken for an unanswered question names the question and what answering it would change.
      !i.where.startsWith('assumed answer') &&
      RETRIEVAL_WORDS.test(i.text),
  );
}

/** Whether the architecture retrieves from a document store. */
export const hasRetrieval = (p: Plan): boolean => p.components.some((c) => c.id === 'retrieval');
