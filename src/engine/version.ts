/** Bumped whenever a rule, threshold or figure changes, so a plan can say which knowledge produced it. */
export const RULESET_VERSION = '2026.11.4';
