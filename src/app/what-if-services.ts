/**
 * What the what-if feature borrows from the other features, composed here (features do not import each other):
 * the comparison's Markdown and PDF from the exporters, its link from the share codec.
 */
import { buildComparisonDocument, renderMarkdown, makeDocumentPdf } from '@/features/export';
import { buildShareUrl, encodeShareFragment } from '@/features/share';
import type { ComparisonServices } from '@/features/what-if';
import { RULESET_VERSION } from '@/engine';

export const comparisonServices: ComparisonServices = {
  markdown: (comparison, opts) => renderMarkdown(buildComparisonDocument(comparison, opts)),
  pdf: (comparison, opts, onProgress) =>
    makeDocumentPdf(buildComparisonDocument(comparison, opts), { onProgress }),
  link: (scenarios, notes) => {
    const [first] = scenarios;
    if (!first) return null;
    try {
      const fragment = encodeShareFragment(first.answers, {
        notes,
        rulesetVersion: RULESET_VERSION,
        scenarios,
      });
      return buildShareUrl(window.location.href, fragment);
    } catch {
      return null; // a scenario's answers are not complete or valid: nothing trustworthy to share
    }
  },
};
