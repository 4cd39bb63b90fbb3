/**
 * Golden scenarios: canonical profiles from the source articles, each checked against the figures the sources
 * give (cited in the test name as file:line). Ranges are checked for overlap with the source range, since an
 * estimate for one profile need not coincide with a source's span over many projects.
 */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { overlaps, type Range } from '@/domain/range';
import { evaluate } from '@/engine';
import { loadExample } from './support';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const phase = (plan: Plan, id: string) => plan.timeline.phases.find((p) => p.id === id)?.weeks;
const expectOverlap = (actual: Range, source: Range) =>
  expect(overlaps(actual, source), `${JSON.stringify(actual)} should overlap ${JSON.stringify(source)}`).toBe(
    true,
  );
const with_ = (name: string, changes: Answers): Answers => {
  const a = { ...loadExample(name), ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete a[k];
  return a;
};

describe('golden scenarios from the sources', () => {
  it('grounded Q&A over existing documentation: RAG, 4–8 weeks, $15k–60k build, $2k–10k a month (000:322, 000:209, 000:334, 000:279, 000:317)', () => {
    const plan = evaluate(loadExample('internal-knowledge-qa.json'));
    expect(plan.approach.recommended).toBe('rag');
    expectOverlap(plan.timeline.totalWeeks, [4, 8]);
    expectOverlap(plan.costs.build, [15_000, 60_000]);
    expectOverlap(plan.costs.monthly.total, [2_000, 10_000]);
    expect(phase(plan, 'prototype')).toEqual([2, 4]);
    expect(ids(plan.components)).toEqual(
      expect.arrayContaining(['retrieval', 'ingestion', 'evaluation-pipeline']),
    );
    expect(plan.warnings.filter((w) => w.level === 'blocker')).toEqual([]);
  });

  it('RAG with CRM integration and access control: 3–6 months, data preparation 40–60% (000:322, 000:279, 000:330, 001:265)', () => {
    const plan = evaluate(loadExample('crm-support-rag.json'));
    expect(plan.approach.recommended).toBe('rag');
    expectOverlap(plan.timeline.totalWeeks, [13, 26]);
    expect(ids(plan.components)).toEqual(
      expect.arrayContaining(['rest-integration', 'webhooks', 'permission-filter', 'input-guardrails']),
    );
    expect(plan.risks.find((r) => r.id === 'integration')?.severity).toBe('high');
    expect(plan.model.hosting).toBe('enterprise-cloud');
  });

  it('fine-tuned model for a regulated domain (legal): LoRA, 6–12 months, in-house hosting (000:322, 000:86, 000:328, 000:307, 001:306)', () => {
    const plan = evaluate(loadExample('legal-clause-finetune.json'));
    expect(plan.approach.recommended).toBe('fine-tune');
    expect(plan.approach.fineTuneMethod).toBe('lora');
    expect(plan.approach.preferred).toMatchObject({ approach: 'fine-tune', verdict: 'honoured' });
    expectOverlap(plan.timeline.totalWeeks, [26, 52]);
    expect(['private-cloud', 'on-premises']).toContain(plan.model.hosting);
    expect(ids(plan.obligations)).toEqual(
      expect.arrayContaining(['aba-512', 'regulated-by-design', 'human-oversight']),
    );
  });

  it('integrated fine-tuned enterprise system: $100k–500k build (000:334)', () => {
    const plan = evaluate(with_('legal-clause-finetune.json', { integrations: ['crm', 'erp', 'documents'] }));
    expect(plan.approach.recommended).toBe('fine-tune');
    expectOverlap(plan.costs.build, [100_000, 500_000]);
    expect(plan.costs.build[0]).toBeGreaterThanOrEqual(100_000);
  });

  it('500 daily users on frontier APIs: $50k–500k a month; routing, caching and compression save 40–70% (000:312, 000:313, 001:379)', () => {
    const plan = evaluate(loadExample('enterprise-frontier-assistant.json'));
    expect(plan.model.tier).toBe('frontier');
    expectOverlap(plan.costs.monthly.inference, [50_000, 500_000]);
    expect(plan.costs.monthly.inference[1]).toBeLessThan(600_000);
    expect(plan.costs.optimisedInference.savingPercent).toEqual([40, 70]);
    expect(plan.costs.optimisedInference.monthly[1]).toBeLessThan(plan.costs.monthly.inference[1]);
    expect(plan.costs.arithmetic.join('\n')).toMatch(/1\.34 tokens a word/);
    expect(plan.checks.map((c) => c.id)).toContain('inference-500-users');
  });

  it('diagnostic use of patient data: 12–18 months of approval, PHI without BAA stays in-house (001:292, 000:282, 000:307)', () => {
    const plan = evaluate(loadExample('healthcare-diagnostic.json'));
    expect(phase(plan, 'regulatory-approval')).toEqual([52, 78]);
    expect(plan.timeline.totalWeeks[0]).toBeGreaterThanOrEqual(52);
    expect(ids(plan.obligations)).toEqual(
      expect.arrayContaining(['hipaa-baa', 'hipaa-safeguards', 'fda-device']),
    );
    expect(plan.model.hosting).toBe('private-cloud');
    expect(plan.model.family).toBe('multimodal');
    expect(plan.risks.find((r) => r.id === 'privacy')?.severity).toBe('critical');
  });

  it('marketing copy from briefs: prompt engineering, disclosure and copyright exposure (000:284, 000:219, 001:269, 000:309)', () => {
    const plan = evaluate(loadExample('marketing-content-prompting.json'));
    expect(plan.approach.recommended).toBe('prompt');
    expect(plan.approach.preferred?.verdict).toBe('honoured');
    expect(ids(plan.components)).toContain('ai-labelling');
    expect(ids(plan.obligations)).toContain('us-copyright-human-authorship');
    expect(plan.risks.find((r) => r.id === 'copyright')?.severity).toBe('high');
    expect(plan.approach.fineTuneMethod).toBeUndefined();
  });

  it('EU recruitment screening: AI Act high-risk, GDPR duties, hiring bias, EU-resident hosting (001:268, 000:282, 000:303, 000:307)', () => {
    const plan = evaluate(loadExample('eu-hr-screening.json'));
    expect(ids(plan.obligations)).toEqual(
      expect.arrayContaining([
        'ai-act-high-risk',
        'ai-act-baseline',
        'gdpr-basics',
        'gdpr-dpia',
        'gdpr-automated-decisions',
        'human-oversight',
      ]),
    );
    expect(plan.risks.find((r) => r.id === 'bias')?.severity).toBe('high');
    expect(plan.model.hosting).toBe('enterprise-cloud');
    expect(phase(plan, 'compliance')![0]).toBeGreaterThan(0);
  });

  it('on-brand product images: a diffusion model adapted with LoRA, judged by reviewer acceptance (000:98, 000:88, 000:86, 000:185, 003:172)', () => {
    const plan = evaluate(loadExample('retail-product-images.json'));
    expect(plan.model.family).toBe('diffusion');
    expect(plan.approach.recommended).toBe('fine-tune');
    expect(plan.approach.fineTuneMethod).toBe('lora');
    expect(ids(plan.components)).toContain('image-pipeline');
    expect(plan.metrics.map((m) => m.name)).toContain('Creative production cost');
    expect(plan.evaluation.benchmarks[0]).toMatchObject({ name: 'Prompt adherence and brand consistency' });
    expect(plan.risks.map((r) => r.id)).not.toContain('hallucination');
  });

  it('reconciliation agent with write access: agentic, sandboxed tools, orchestration, monthly red-teaming (000:171, 000:267, 004:70-75, 001:296)', () => {
    const plan = evaluate(loadExample('fintech-agent.json'));
    expect(plan.approach.recommended).toBe('agentic');
    expect(ids(plan.components)).toEqual(
      expect.arrayContaining(['sandboxed-tools', 'agent-orchestration', 'secrets-vault', 'retrieval']),
    );
    expect(plan.risks.find((r) => r.id === 'prompt-injection')?.severity).toBe('high');
    expect(ids(plan.obligations)).toContain('bank-model-risk');
    expect(plan.evaluation.redTeamCadence).toMatch(/monthly/);
  });

  it('current facts plus a house style: RAG plus a LoRA fine-tune (000:326, 000:284, 000:328)', () => {
    const plan = evaluate(
      with_('crm-support-rag.json', { needsConsistentStyle: 'yes', labelledExamples: 5_000 }),
    );
    expect(plan.approach.recommended).toBe('rag-fine-tune');
    expect(plan.approach.fineTuneMethod).toBe('lora');
    expect(ids(plan.components)).toEqual(expect.arrayContaining(['retrieval', 'fine-tuning']));
    expect(plan.approach.alternatives.map((a) => a.approach)).toEqual(
      expect.arrayContaining(['rag', 'prompt', 'fine-tune', 'agentic']),
    );
  });

  it('grounded Q&A without documents is a blocker (000:278, 000:328)', () => {
    const plan = evaluate(
      with_('internal-knowledge-qa.json', {
        knowledgeDocs: 'no',
        docsStructured: undefined,
        docsDeduplicated: undefined,
        docsAccessControlled: undefined,
      }),
    );
    expect(plan.approach.recommended).toBe('rag');
    expect(plan.warnings.find((w) => w.id === 'grounded-without-documents')?.level).toBe('blocker');
    const withDocs = evaluate(loadExample('internal-knowledge-qa.json'));
    const effort = (p: Plan) => p.timeline.phases.find((x) => x.id === 'data-prep')!.effort;
    expect(effort(plan)[0] - effort(withDocs)[0]).toBeGreaterThanOrEqual(8);
  });

  it('fine-tuning preferred with under 1,000 examples is challenged (000:328, 000:326)', () => {
    const plan = evaluate(with_('legal-clause-finetune.json', { labelledExamples: 200 }));
    expect(plan.approach.recommended).not.toBe('fine-tune');
    expect(plan.approach.preferred).toMatchObject({ approach: 'fine-tune', verdict: 'challenged' });
    expect(plan.approach.preferred?.reason).toMatch(/1,000/);
    // The preference is challenged, not blocked: the plan does not fine-tune, so nothing blocks it.
    expect(plan.warnings.map((w) => w.id)).not.toContain('fine-tune-few-examples');
  });

  it('data that must stay in-house with a public API preferred: blocker, private hosting (000:307)', () => {
    const plan = evaluate(with_('internal-knowledge-qa.json', { dataLeaves: 'no', hosting: 'public-api' }));
    expect(plan.warnings.find((w) => w.id === 'data-stays-but-cloud-preferred')?.level).toBe('blocker');
    expect(['private-cloud', 'on-premises']).toContain(plan.model.hosting);
    expect(plan.model.notes.map((n) => n.text).join(' ')).toMatch(/ruled out/);
  });

  it('in-house data with an on-premises preference stays on premises, even when open-weight models are favoured (000:307)', () => {
    const plan = evaluate(with_('legal-clause-finetune.json', { hosting: 'on-premises' }));
    expect(plan.model.hosting).toBe('on-premises');
    expect(evaluate(loadExample('legal-clause-finetune.json')).model.hosting).toBe('private-cloud');
  });

  it('PHI without a BAA on a public API: blocker (000:282, 000:306)', () => {
    const plan = evaluate(
      with_('insurance-claims-summaries.json', {
        phiInvolved: 'yes',
        baaAvailable: 'no',
        hosting: 'public-api',
      }),
    );
    expect(plan.warnings.find((w) => w.id === 'phi-without-baa-external')?.level).toBe('blocker');
    expect(plan.model.hosting).not.toBe('public-api');
    expect(plan.model.hosting).not.toBe('enterprise-cloud');
  });

  it('budget, run budget and launch date below what the plan needs are blockers; today is injectable (000:334, 000:322, 000:312)', () => {
    const answers = with_('crm-support-rag.json', {
      budgetCeiling: 20_000,
      runBudgetMonthly: 100,
      targetLaunch: '2027-01-01',
    });
    const plan = evaluate(answers, { today: '2026-11-23' });
    const blockers = plan.warnings.filter((w) => w.level === 'blocker').map((w) => w.id);
    expect(blockers).toEqual(
      expect.arrayContaining(['budget-below-build', 'run-budget-below-cost', 'launch-too-early']),
    );
    expect(plan.headline.blockers).toBe(blockers.length);
    const later = evaluate(answers, { today: '2027-02-01' });
    expect(ids(later.warnings)).toContain('launch-date-passed');
    const early = evaluate({ ...answers, targetLaunch: '2028-01-01' }, { today: '2026-11-23' });
    expect(ids(early.warnings)).not.toContain('launch-too-early');
  });

  it('evaluation plan: the four benchmarks at the accuracy target, quarterly red-teaming, 90-day pilot and 6-month kill (000:294, 000:304, 001:429, 001:434)', () => {
    const plan = evaluate(loadExample('insurance-claims-summaries.json'));
    expect(ids(plan.evaluation.benchmarks)).toEqual([
      'factual-accuracy',
      'hallucination-rate',
      'tone-consistency',
      'latency',
    ]);
    expect(plan.evaluation.benchmarks[0]!.threshold).toMatch(/95%/);
    expect(plan.evaluation.benchmarks[1]!.threshold).toMatch(/2\.5%/);
    expect(plan.evaluation.redTeamCadence).toMatch(/quarterly/);
    expect(plan.evaluation.killCriteria.join(' ')).toMatch(/90-day/);
    expect(plan.evaluation.killCriteria.join(' ')).toMatch(/6 months/);
    expect(plan.evaluation.humanInTheLoop).toMatch(/decide|approve/i);
    expect(plan.metrics.map((m) => m.name)).toContain('Adjuster review time per claim');
  });

  it('explains every item: because on items, the trace lists every fired rule with its file (issue: explanation trace)', () => {
    const plan = evaluate(loadExample('crm-support-rag.json'));
    const items = [
      plan.approach,
      plan.model,
      plan.timeline,
      plan.costs,
      plan.evaluation,
      ...plan.components,
      ...plan.risks,
      ...plan.obligations,
      ...plan.timeline.phases,
      ...plan.metrics,
      ...plan.nextSteps,
      ...plan.assumptions,
    ];
    for (const item of items) expect(item.because.length).toBeGreaterThan(0);
    const fired = new Set(plan.trace.map((t) => t.ruleId));
    // Every explanation names a rule that fired, or one of the estimator's stated parameters.
    for (const item of items)
      for (const b of item.because)
        expect(fired.has(b.ruleId) || b.ruleId.startsWith('assumptions.')).toBe(true);
    expect(plan.trace.every((t) => /^rules\/[a-z-]+\.json$/.test(t.file))).toBe(true);
    const fresh = plan.trace.find((t) => t.ruleId === 'decide-facts');
    expect(fresh?.triggers[0]).toEqual({ fact: 'needsFreshFacts', value: 'Yes' });
  });
});
