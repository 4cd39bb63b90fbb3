/**
 * Earlier rulesets, kept as data so that a plan made with one can be worked out again and set beside today's.
 * rules/archive/ruleset-<version>.json holds every released version, in today's rules shape (an older shape is
 * converted once, when it is archived: scripts/rulesets/). Each is its own chunk, loaded only when a link or an
 * answers file names that version; the current version is the live knowledge base and is never fetched.
 */
import { ruleset as current, loadRuleset } from './ruleset';
import type { Ruleset } from './rules-schema';
import { RULESET_VERSION } from './version';

/** Every released ruleset, oldest first. Add the new version here when archiving it (npm run rules:archive). */
const archive: Record<string, () => Promise<{ default: unknown }>> = {
  '2026.11.1': () => import('../../rules/archive/ruleset-2026.11.1.json'),
  '2026.11.3': () => import('../../rules/archive/ruleset-2026.11.3.json'),
  '2026.11.4': () => import('../../rules/archive/ruleset-2026.11.4.json'),
};

export const releasedRulesets: readonly string[] = Object.keys(archive);

/** `YYYY.MM.N`: the shape of every ruleset version, which links carry as three numbers. */
export const RULESET_VERSION_PATTERN = /^(\d{4})\.(\d{1,2})\.(\d+)$/;

/** Orders two versions: negative when `a` is older. */
export function compareRulesetVersions(a: string, b: string): number {
  const pa = RULESET_VERSION_PATTERN.exec(a);
  const pb = RULESET_VERSION_PATTERN.exec(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d) return d;
  }
  return 0;
}

export type ArchivedRuleset =
  { ok: true; ruleset: Ruleset; version: string } | { ok: false; reason: 'unknown' | 'newer' | 'failed' };

const loaded = new Map<string, Promise<ArchivedRuleset>>();

/**
 * The ruleset of a version: today's at once, an archived one from its chunk (validated, once), `newer` for a
 * version this build does not know because it came later, `unknown` for one that was never released, `failed`
 * when its chunk could not be fetched (offline on a first visit; the caller may try again).
 */
export function loadRulesetVersion(version: string): Promise<ArchivedRuleset> {
  if (version === RULESET_VERSION) return Promise.resolve({ ok: true, ruleset: current, version });
  const load = archive[version];
  if (!load)
    return Promise.resolve({
      ok: false,
      reason: compareRulesetVersions(version, RULESET_VERSION) > 0 ? 'newer' : 'unknown',
    });
  let p = loaded.get(version);
  if (!p) {
    p = load().then(
      (m): ArchivedRuleset => {
        const r = loadRuleset(m.default);
        return r.ok ? { ok: true, ruleset: r.value, version } : { ok: false, reason: 'failed' };
      },
      (): ArchivedRuleset => {
        loaded.delete(version);
        return { ok: false, reason: 'failed' };
      },
    );
    loaded.set(version, p);
  }
  return p;
}
