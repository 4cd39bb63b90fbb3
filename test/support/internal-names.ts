/**
 * The names people should never have to read: rule ids and the facts rules read, as the engine names them. A rule
 * id is any id of a rule, a requirement, a decision, a method or a note in rules/*.json, a parameter's
 * (`assumptions.<name>`), or any id a plan gives a reason; a fact name is a question id or a derived fact written
 * in camelCase (the one-word ones, "approach" or "regions", are ordinary words and cannot be told apart).
 */
import type { Plan } from '@/domain/plan';
import { rawRuleset } from '@/engine/ruleset';
import { factNames } from '@/engine/facts';

function ruleIdsOf(value: unknown, out: Set<string>, inRules = false): void {
  if (Array.isArray(value)) {
    for (const v of value) ruleIdsOf(v, out, inRules);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  // A rule has an id and a title (an item inside a rule, like a risk or a component, has an id and a name).
  if (inRules && typeof o.id === 'string' && typeof o.title === 'string') out.add(o.id);
  for (const [k, v] of Object.entries(o))
    ruleIdsOf(v, out, inRules || ['rules', 'requirements', 'decisions', 'methods', 'notes'].includes(k));
}

export function internalNames(plans: readonly Plan[] = []): { ruleIds: string[]; facts: string[] } {
  const ids = new Set<string>();
  ruleIdsOf(rawRuleset, ids);
  const params = (rawRuleset.assumptions as { values: Record<string, unknown> }).values;
  for (const k of Object.keys(params)) ids.add(`assumptions.${k}`);
  for (const p of plans) for (const b of p.trace) ids.add(b.ruleId);
  // An id that is one plain word could be any word of a sentence.
  const ruleIds = [...ids].filter((id) => /[-.]/.test(id));
  const facts = (factNames as readonly string[]).filter((f) => /[a-z][A-Z]/.test(f));
  return { ruleIds, facts };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of an internal name in the text, as a word of its own (not part of a longer identifier). */
export function findInternalNames(text: string, names: { ruleIds: string[]; facts: string[] }): string[] {
  const found: string[] = [];
  for (const name of [...names.ruleIds, ...names.facts]) {
    const re = new RegExp(`(?<![\\w.-])${escape(name)}(?![\\w-]|\\.\\w)`, 'g');
    for (const _ of text.matchAll(re)) found.push(name);
  }
  return found;
}

/** The text of a rendered page, each text node apart, as a reader sees the words (textContent would glue them). */
export function pageText(root: Node): string {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ');
}
