/** docs/compliance-coverage.md is the honest scope of the obligations: it must follow the rules it describes. */
import { readFileSync } from 'node:fs';
import { formatLegalDate } from '@/domain/legal';
import { ruleset } from '@/engine/ruleset';

describe('docs/compliance-coverage.md', () => {
  const doc = readFileSync('docs/compliance-coverage.md', 'utf8');
  const { reviewedOn, rules } = ruleset.compliance;

  it('shows the date the legal knowledge was last reviewed', () => {
    expect(doc).toContain(`**Legal knowledge last reviewed: ${formatLegalDate(reviewedOn)}.**`);
  });

  it.each([...new Set(rules.map((r) => r.obligation.id))])('lists the obligation %s', (id) => {
    expect(doc).toContain(`\`${id}\``);
  });

  it('lists every obligation that carries a schedule in the estimator’s table', () => {
    const table = doc.slice(doc.indexOf('## Time the gates add'));
    for (const r of rules) if (r.obligation.schedule) expect(table).toContain(`| \`${r.obligation.id}\``);
  });
});
