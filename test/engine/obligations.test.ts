/**
 * Obligations follow from where users and data are, the sector, the data kinds and the use: a table of situations,
 * each with the obligations it must raise and those it must not, then the legal data they cite.
 */
import type { Plan } from '@/domain/plan';
import { isOfficialUrl, officialDomains } from '@/domain/legal';
import { splitByApplicability, type Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { ruleset } from '@/engine/ruleset';
import { completeAnswers } from '../support/answers';

/** A neutral internal tool with no personal data, no region yet: every case says what makes it different. */
const neutral: Answers = {
  ...completeAnswers,
  industry: 'software',
  regions: undefined,
  usStates: undefined,
  audience: 'internal',
  taskCategory: 'summarisation',
  highStakes: ['none'],
  sensitiveData: ['none'],
  outputUse: 'internal',
  dataLeaves: 'with-dpa',
  aiDisclosure: 'yes',
  regulatedSector: 'no',
};

/** The answers a person would give: follow-up questions that do not apply are dropped, as the wizard does. */
const situation = (a: Answers): Answers => splitByApplicability({ ...neutral, ...a }).active;

interface Case {
  name: string;
  answers: Answers;
  present: string[];
  absent: string[];
  /** Further checks on the plan. */
  check?: (plan: Plan) => void;
}

const hospital: Answers = {
  industry: 'healthcare',
  taskCategory: 'decision-support',
  highStakes: ['medical'],
  sensitiveData: ['personal', 'health'],
  regulatedSector: 'yes',
  dataLeaves: 'no',
  hosting: 'on-premises',
};
const hiring: Answers = { industry: 'hr', highStakes: ['hiring'], sensitiveData: ['personal'] };
const claimsAssistant: Answers = {
  industry: 'insurance',
  audience: 'customers',
  taskCategory: 'customer-support',
  highStakes: ['insurance-claims'],
  sensitiveData: ['personal', 'financial'],
  outputUse: 'customer-facing',
  regulatedSector: 'yes',
};
const eu = { regions: ['eu'], euPersonalData: 'yes', euResidency: 'no' } satisfies Answers;
const us = (...states: string[]) => ({ regions: ['us'], usStates: states }) satisfies Answers;

const obligation = (plan: Plan, id: string) => plan.obligations.find((o) => o.id === id)!;
const articles = (plan: Plan, id: string) =>
  obligation(plan, id).legal.map((r) => `${r.short} ${r.article ?? ''}`);

const cases: Case[] = [
  {
    name: 'EU-only hospital, on premises, diagnostic assistant over patient records',
    answers: { ...hospital, ...eu, euResidency: 'required', diagnosticUse: 'yes' },
    present: [
      'gdpr-basics',
      'gdpr-special-category',
      'gdpr-dpia',
      'gdpr-security',
      'eu-mdr',
      'ai-act-baseline',
    ],
    absent: ['hipaa-baa', 'hipaa-safeguards', 'fda-device', 'aca-1557-decision-tools', 'gdpr-processors'],
    check: (plan) => {
      expect(articles(plan, 'gdpr-special-category').join()).toMatch(/Art\. 9/);
      expect(articles(plan, 'gdpr-dpia').join()).toMatch(/Art\. 35/);
      expect(articles(plan, 'eu-mdr').join()).toMatch(/Rule 11/);
      // The jurisdiction logic holds for warnings and risks too: no HIPAA for an EU hospital.
      const text = JSON.stringify([plan.warnings, plan.risks, plan.nextSteps]);
      expect(text).not.toMatch(/HIPAA|Business Associate|BAA|FDA/);
    },
  },
  {
    name: 'EU-only hospital, documentation assistant (no diagnosis)',
    answers: { ...hospital, ...eu, highStakes: ['none'], diagnosticUse: 'no' },
    present: ['gdpr-special-category', 'gdpr-dpia'],
    absent: ['eu-mdr', 'fda-device', 'hipaa-baa', 'ai-act-high-risk'],
  },
  {
    name: 'US-only retailer, customer support chatbot, other states',
    answers: {
      ...us('other'),
      industry: 'retail',
      audience: 'customers',
      taskCategory: 'customer-support',
      sensitiveData: ['personal'],
      outputUse: 'customer-facing',
    },
    present: ['ai-use-policy'],
    absent: ['gdpr-basics', 'gdpr-dpia', 'uk-gdpr-basics', 'ai-act-baseline', 'ai-act-transparency', 'ccpa'],
  },
  {
    name: 'US-only retailer generating public product images, California',
    answers: {
      ...us('ca'),
      industry: 'retail',
      audience: 'public',
      outputModalities: ['images'],
      outputUse: 'published',
      sensitiveData: ['personal'],
    },
    present: ['ca-ai-transparency-act', 'ccpa', 'us-copyright-human-authorship'],
    absent: ['gdpr-basics', 'ai-act-transparency', 'utah-ai-disclosure'],
  },
  {
    name: 'EU hiring tool, no extra tick',
    answers: { ...hiring, ...eu },
    present: [
      'ai-act-high-risk',
      'ai-act-baseline',
      'gdpr-automated-decisions',
      'gdpr-dpia',
      'gdpr-transfers',
    ],
    absent: ['ai-act-fria', 'nyc-aedt-bias-audit', 'title-vii-selection', 'uk-automated-decisions'],
    check: (plan) => {
      const high = obligation(plan, 'ai-act-high-risk');
      expect(high.legal.map((r) => r.article)).toContain('Annex III point 4 (employment)');
      expect(high.appliesFrom).toBe('2027-12-02');
      expect(high.why).toMatch(/People in the EU \+ outputs feed hiring/);
      expect(high.schedule).toMatchObject({ phase: 'compliance', effort: [3, 6] });
      expect(high.schedule?.basis).toMatch(/^Assumption/);
      // The derivation is shown: the rule was triggered by the user's own answers.
      const triggers = high.because.flatMap((b) => b.triggers.map((t) => t.fact));
      expect(triggers).toEqual(expect.arrayContaining(['regions', 'highStakes']));
    },
  },
  {
    name: 'EU hiring tool launched before the high-risk duties apply',
    answers: { ...hiring, ...eu, targetLaunch: '2027-06-30' },
    present: ['ai-act-high-risk'],
    absent: [],
    check: (plan) => expect(obligation(plan, 'ai-act-high-risk').afterLaunch).toBe(true),
  },
  {
    name: 'EU hiring tool in the public sector',
    answers: { ...hiring, ...eu, industry: 'public-sector' },
    present: ['ai-act-high-risk', 'ai-act-fria'],
    absent: [],
  },
  {
    name: 'US insurer, customer-facing claims assistant, nationwide',
    answers: { ...claimsAssistant, ...us('nationwide') },
    present: ['naic-ai-program', 'insurance-fair-claims', 'glba', 'colorado-insurance-ai'],
    absent: [
      'bank-model-risk',
      'ai-act-high-risk',
      'ai-act-baseline',
      'hipaa-baa',
      'gdpr-basics',
      'ecoa-adverse-action',
    ],
    check: (plan) => {
      const glba = obligation(plan, 'glba');
      expect(glba.why).toMatch(/through state insurance law/);
      expect(glba.legal.map((r) => r.short)).not.toContain('FTC Safeguards Rule');
      expect(articles(plan, 'naic-ai-program').join()).toMatch(/NAIC AI model bulletin/);
    },
  },
  {
    name: 'US insurer outside Colorado and California',
    answers: { ...claimsAssistant, ...us('other') },
    present: ['naic-ai-program', 'insurance-fair-claims', 'glba'],
    absent: ['colorado-insurance-ai', 'ccpa', 'utah-ai-disclosure', 'bank-model-risk'],
  },
  {
    name: 'US bank scoring credit applicants',
    answers: {
      ...us('other'),
      industry: 'finance',
      highStakes: ['credit-scoring'],
      sensitiveData: ['financial'],
    },
    present: ['bank-model-risk', 'ecoa-adverse-action', 'glba', 'human-oversight'],
    absent: ['naic-ai-program', 'ai-act-high-risk', 'gdpr-basics'],
    check: (plan) => {
      expect(obligation(plan, 'bank-model-risk').why).toMatch(/SR 26-2.*replaced SR 11-7.*generative AI out/);
      expect(obligation(plan, 'glba').legal.map((r) => r.short)).toContain('FTC Safeguards Rule');
    },
  },
  {
    name: 'EU bank scoring credit applicants',
    answers: { ...eu, industry: 'finance', highStakes: ['credit-scoring'], sensitiveData: ['financial'] },
    present: ['ai-act-high-risk', 'ai-act-fria', 'gdpr-automated-decisions'],
    absent: ['ecoa-adverse-action', 'bank-model-risk', 'glba'],
    check: (plan) =>
      expect(obligation(plan, 'ai-act-high-risk').legal.map((r) => r.article)).toContain(
        'Annex III point 5(b) (creditworthiness)',
      ),
  },
  {
    name: 'EU life and health insurer pricing policies',
    answers: {
      ...eu,
      industry: 'insurance',
      highStakes: ['insurance-pricing'],
      sensitiveData: ['personal', 'health'],
    },
    present: ['ai-act-high-risk', 'ai-act-fria', 'gdpr-special-category'],
    absent: ['naic-ai-program', 'glba'],
  },
  {
    name: 'EU insurer supporting claim decisions (not an Annex III use)',
    answers: { ...eu, industry: 'insurance', highStakes: ['insurance-claims'], sensitiveData: ['personal'] },
    present: ['gdpr-automated-decisions', 'ai-act-baseline'],
    absent: ['ai-act-high-risk', 'ai-act-fria', 'insurance-fair-claims'],
  },
  {
    name: 'US hospital, PHI, no BAA, diagnostic',
    answers: { ...hospital, ...us('other'), phiInvolved: 'yes', baaAvailable: 'no', diagnosticUse: 'yes' },
    present: ['hipaa-baa', 'hipaa-safeguards', 'fda-device', 'aca-1557-decision-tools'],
    absent: ['eu-mdr', 'gdpr-basics', 'gdpr-special-category'],
    check: (plan) => {
      const fda = obligation(plan, 'fda-device');
      expect(fda.schedule).toMatchObject({ phase: 'regulatory-approval', wait: [52, 78] });
      // The source article's 12–18 months is shown as its estimate, next to the FDA's own review goals.
      expect(fda.schedule?.basis).toMatch(/not an FDA figure/);
      expect(fda.schedule?.basis).toMatch(/90 FDA days/);
      expect(obligation(plan, 'hipaa-baa').legal.map((r) => r.url)).toContain(
        'https://www.ecfr.gov/current/title-45/section-164.502',
      );
    },
  },
  {
    name: 'US hospital keeping PHI away from every outside provider',
    answers: { ...hospital, ...us('other'), phiInvolved: 'yes', baaAvailable: 'na', diagnosticUse: 'no' },
    present: ['hipaa-safeguards'],
    absent: ['hipaa-baa'],
  },
  {
    name: 'US wellness app that is not a HIPAA covered entity',
    answers: { ...hospital, ...us('other'), phiInvolved: 'not-covered', diagnosticUse: 'no' },
    present: [],
    absent: ['hipaa-baa', 'hipaa-safeguards'],
  },
  {
    name: 'Diagnostic software for the EU and the US',
    answers: {
      ...hospital,
      ...eu,
      regions: ['eu', 'us'],
      usStates: ['other'],
      phiInvolved: 'yes',
      baaAvailable: 'yes',
      diagnosticUse: 'yes',
    },
    present: ['eu-mdr', 'fda-device', 'hipaa-baa', 'gdpr-dpia'],
    absent: [],
  },
  {
    name: 'UK-only hiring tool',
    answers: { ...hiring, regions: ['uk'] },
    present: ['uk-gdpr-basics', 'uk-automated-decisions', 'uk-gdpr-dpia'],
    absent: ['gdpr-basics', 'gdpr-automated-decisions', 'ai-act-high-risk', 'title-vii-selection'],
    check: (plan) => expect(articles(plan, 'uk-automated-decisions').join()).toMatch(/22A–22D/),
  },
  {
    name: 'UK-only diagnostic software',
    answers: { ...hospital, regions: ['uk'], diagnosticUse: 'yes' },
    present: ['uk-gdpr-special-category', 'other-markets'],
    absent: ['eu-mdr', 'fda-device', 'hipaa-baa'],
  },
  {
    name: 'Users only outside the EU, UK and US',
    answers: { ...hospital, regions: ['other'], diagnosticUse: 'yes' },
    present: ['other-markets'],
    absent: ['gdpr-basics', 'uk-gdpr-basics', 'hipaa-safeguards', 'eu-mdr', 'fda-device'],
  },
  {
    name: 'Hiring tool for New York City candidates',
    answers: { ...hiring, ...us('nyc') },
    present: ['nyc-aedt-bias-audit', 'title-vii-selection'],
    absent: ['illinois-ai-employment', 'colorado-admt', 'ccpa', 'ai-act-high-risk'],
    check: (plan) => expect(obligation(plan, 'nyc-aedt-bias-audit').schedule?.wait).toEqual([2, 6]),
  },
  {
    name: 'AI-analysed video interviews for Illinois positions',
    answers: { ...hiring, ...us('il'), inputModalities: ['text', 'video'] },
    present: ['illinois-ai-employment', 'title-vii-selection'],
    absent: ['nyc-aedt-bias-audit'],
    check: (plan) => expect(articles(plan, 'illinois-ai-employment').join()).toMatch(/820 ILCS 42\/5/),
  },
  {
    name: 'Hiring in Colorado',
    answers: { ...hiring, ...us('co') },
    present: ['colorado-admt'],
    absent: ['ccpa-admt'],
    check: (plan) => {
      const co = obligation(plan, 'colorado-admt');
      expect(co.appliesFrom).toBe('2027-01-01');
      expect(co.legal.every((r) => r.checkWithCounsel)).toBe(true);
    },
  },
  {
    name: 'Hiring in California',
    answers: { ...hiring, ...us('ca') },
    present: ['ccpa', 'ccpa-admt'],
    absent: ['colorado-admt', 'nyc-aedt-bias-audit'],
  },
  {
    name: 'US state not known yet: every state rule the plan knows',
    answers: { ...hiring, ...us('unsure') },
    present: ['nyc-aedt-bias-audit', 'illinois-ai-employment', 'colorado-admt', 'ccpa-admt'],
    absent: [],
  },
  {
    name: 'EU customer support chatbot',
    answers: {
      ...eu,
      industry: 'retail',
      audience: 'customers',
      taskCategory: 'customer-support',
      sensitiveData: ['personal'],
      outputUse: 'customer-facing',
    },
    present: ['ai-act-transparency', 'gdpr-basics', 'gdpr-processors'],
    absent: ['ai-act-high-risk', 'gdpr-dpia', 'gdpr-automated-decisions'],
    check: (plan) => {
      const t = obligation(plan, 'ai-act-transparency');
      expect(t.legal.map((r) => r.article)).toEqual(expect.arrayContaining(['Art. 50(1)', 'Art. 50(2)']));
      expect(t.appliesFrom).toBe('2026-08-02');
    },
  },
  {
    name: 'EU internal tool without personal data',
    answers: { regions: ['eu'], euPersonalData: 'no' },
    present: ['ai-act-baseline'],
    absent: ['ai-act-transparency', 'gdpr-basics', 'gdpr-transfers'],
  },
  {
    name: 'EU exam grading',
    answers: {
      ...eu,
      industry: 'education',
      highStakes: ['education-scoring'],
      sensitiveData: ['personal', 'children'],
    },
    present: ['ai-act-high-risk', 'gdpr-dpia'],
    absent: ['ferpa', 'coppa', 'ai-act-fria'],
    check: (plan) => expect(articles(plan, 'ai-act-high-risk').join()).toMatch(/Annex III point 3/),
  },
  {
    name: 'EU public benefits eligibility',
    answers: {
      ...eu,
      industry: 'public-sector',
      highStakes: ['public-benefits'],
      sensitiveData: ['personal'],
    },
    present: ['ai-act-high-risk', 'ai-act-fria'],
    absent: [],
    check: (plan) => expect(articles(plan, 'ai-act-high-risk').join()).toMatch(/Annex III point 5\(a\)/),
  },
  {
    name: 'EU biometric identification',
    answers: {
      ...eu,
      industry: 'retail',
      highStakes: ['biometric-id'],
      sensitiveData: ['personal', 'biometric'],
    },
    present: ['ai-act-high-risk', 'ai-act-transparency', 'gdpr-special-category'],
    absent: [],
    check: (plan) => {
      expect(obligation(plan, 'ai-act-high-risk').schedule?.wait).toEqual([12, 26]);
      expect(articles(plan, 'ai-act-transparency').join()).toMatch(/50\(3\)/);
    },
  },
  {
    name: 'US law firm drafting with generative AI',
    answers: { ...us('other'), industry: 'legal', highStakes: ['legal'], sensitiveData: ['secrets'] },
    present: ['aba-512', 'regulated-by-design'],
    absent: ['legal-practice-rules', 'gdpr-basics'],
  },
  {
    name: 'EU law firm drafting with generative AI',
    answers: { regions: ['eu'], industry: 'legal', highStakes: ['legal'], sensitiveData: ['secrets'] },
    present: ['legal-practice-rules', 'ai-act-baseline'],
    absent: ['aba-512'],
  },
  {
    name: 'US education tool with children’s data',
    answers: { ...us('other'), industry: 'education', sensitiveData: ['personal', 'children'] },
    present: ['coppa', 'ferpa'],
    absent: ['gdpr-dpia'],
    check: (plan) => expect(obligation(plan, 'ferpa').legal.every((r) => r.checkWithCounsel)).toBe(true),
  },
  {
    name: 'EU published deepfake-prone media',
    answers: {
      regions: ['eu'],
      industry: 'marketing',
      audience: 'public',
      outputModalities: ['video'],
      outputUse: 'published',
    },
    present: ['ai-act-transparency'],
    absent: ['us-copyright-human-authorship'],
    check: (plan) => expect(articles(plan, 'ai-act-transparency').join()).toMatch(/50\(4\)/),
  },
  {
    name: 'Utah customer chatbot',
    answers: {
      ...us('ut'),
      audience: 'customers',
      taskCategory: 'customer-support',
      outputUse: 'customer-facing',
    },
    present: ['utah-ai-disclosure'],
    absent: ['ai-act-transparency', 'ccpa'],
  },
  {
    name: 'EU data kept in the EU by contract',
    answers: { ...eu, sensitiveData: ['personal'], euResidency: 'required', dataLeaves: 'with-dpa' },
    present: ['gdpr-processors'],
    absent: ['gdpr-transfers'],
  },
  {
    name: 'EU project fine-tuning a model',
    answers: { ...eu, sensitiveData: ['personal'], preferredApproach: 'fine-tune' },
    present: ['ai-act-baseline'],
    absent: [],
    check: (plan) =>
      expect(obligation(plan, 'ai-act-baseline').actions.join(' ')).toMatch(/third of the compute/),
  },
];

describe('obligations by region × sector × data × use', () => {
  it('covers at least 30 situations', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const answers = situation(c.answers);
    const plan = evaluate(answers);
    const ids = plan.obligations.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(c.present));
    for (const id of c.absent) expect(ids, `${id} must not apply`).not.toContain(id);
    c.check?.(plan);
  });

  it('never asks for a separate EU AI Act tick: the high-risk class comes from the use and the region', () => {
    const answers = situation({ ...hiring, ...eu });
    expect(answers).not.toHaveProperty('euAiActUses');
    expect(evaluate(answers).obligations.map((o) => o.id)).toContain('ai-act-high-risk');
    expect(
      evaluate(situation({ ...hiring, regions: ['us'], usStates: ['other'] })).obligations.map((o) => o.id),
    ).not.toContain('ai-act-high-risk');
  });

  it('reads an old answer file’s EU AI Act tick as the use it named', () => {
    const old = { ...neutral, ...eu, highStakes: ['none'], euAiActUses: ['employment'] };
    const plan = evaluate(old);
    expect(plan.obligations.map((o) => o.id)).toEqual(expect.arrayContaining(['ai-act-high-risk']));
    expect(plan).toEqual(evaluate(situation({ ...eu, highStakes: ['hiring'] })));
  });
});

describe('every obligation says what, when, who, evidence and the law', () => {
  const plans = cases.map((c) => evaluate(situation(c.answers)));
  const all = plans.flatMap((p) => p.obligations);

  it('names its regime, kind, owner, evidence and at least one action', () => {
    for (const o of all) {
      expect(o.actions.length, o.id).toBeGreaterThan(0);
      expect(o.evidence.length, o.id).toBeGreaterThan(0);
      expect(o.regime.name.length, o.id).toBeGreaterThan(0);
    }
  });

  it('cites the law for every regime that is law, and none for good practice or gaps in coverage', () => {
    for (const o of all)
      if (o.regime.jurisdiction === 'international') expect(o.legal, o.id).toEqual([]);
      else expect(o.legal.length, o.id).toBeGreaterThan(0);
  });

  it('gives every gate that takes time a schedule with its basis, and no ongoing duty one', () => {
    for (const o of all) {
      if (o.kind === 'ongoing') expect(o.schedule, o.id).toBeUndefined();
      if (!o.schedule) continue;
      expect(o.schedule.basis.length, o.id).toBeGreaterThan(20);
      expect(o.schedule.effort[0]).toBeLessThanOrEqual(o.schedule.effort[1]);
    }
  });

  it('shows when the legal knowledge was reviewed', () => {
    for (const p of plans) expect(p.legalReview.reviewedOn).toBe(ruleset.compliance.reviewedOn);
  });
});

describe('the legal data', () => {
  const { laws, rules } = ruleset.compliance;
  const urls = [
    ...Object.values(laws).map((l) => l.url),
    ...rules.flatMap((r) => r.obligation.legal.flatMap((c) => (c.url ? [c.url] : []))),
  ];

  it('links only to https addresses on the official domain list', () => {
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls) expect(isOfficialUrl(url), url).toBe(true);
  });

  it('rejects look-alike and insecure addresses', () => {
    expect(isOfficialUrl('http://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(false);
    expect(isOfficialUrl('https://eur-lex.europa.eu.example.com/x')).toBe(false);
    expect(isOfficialUrl('https://user@www.ecfr.gov/x')).toBe(false);
    expect(isOfficialUrl('https://www.ecfr.gov:8443/x')).toBe(false);
    expect(isOfficialUrl('not a url')).toBe(false);
    expect(officialDomains).toContain('eur-lex.europa.eu');
  });

  it('never cites California AB-2930 as law, nor a December 2023 Federal Reserve guidance', () => {
    const law = JSON.stringify(ruleset.compliance.laws);
    expect(law).not.toMatch(/2930/);
    const texts = JSON.stringify(rules.map((r) => r.obligation));
    // AB-2930 is named only to say that it never became law.
    for (const m of texts.matchAll(/[^.]*AB-2930[^.]*/g)) expect(m[0]).toMatch(/never became law/);
    expect(JSON.stringify(ruleset)).not.toMatch(
      /Federal Reserve[^.]*December 2023|December 2023[^.]*Federal Reserve/,
    );
  });

  it('says the source article’s 12–18 months is its estimate, not an FDA or MDR figure', () => {
    for (const r of rules)
      if (r.obligation.schedule?.wait?.[1] === 78) expect(r.obligation.schedule.basis).toMatch(/Assumption/);
  });
});
