/**
 * How an engineer knows a piece of the backlog is done: for each component the plan can contain and each phase of
 * its timeline, what must be true, in checkable terms. The plan's own figures (benchmark thresholds, the evidence
 * each obligation asks for, the success metrics) are added where they apply (`backlog.ts`); these are the parts that
 * hold for any plan. A component or phase without an entry gets the generic criteria at the end.
 */
export const componentCriteria: Readonly<Record<string, readonly string[]>> = {
  'evaluation-pipeline': [
    'Runs the whole test set on every prompt, model or data change, in CI or on demand.',
    'Reports accuracy, hallucination, tone and latency per run, and keeps the history.',
  ],
  'prompt-registry': [
    'Every prompt in production comes from version control, with the evaluation run that approved it.',
    'A model or prompt change that lowers a benchmark blocks the release.',
  ],
  'monitoring-audit': [
    'Each request, output, source and reviewer decision is logged with a timestamp and can be traced.',
    'Alerts fire on quality drift and on spend above the agreed level.',
  ],
  retrieval: [
    'For the test questions, the passages that hold the answer are among those retrieved.',
    'Documents changed in the source appear in answers without retraining anything.',
  ],
  ingestion: [
    'Duplicates and stale versions are removed on every load.',
    'Each document carries who may see it, taken from its source.',
  ],
  'permission-filter': [
    'A user never receives a passage from a document they cannot open in its source system (tested with two roles).',
  ],
  'fine-tuning': [
    'Training and test examples are split, and no test example is used in training.',
    'Each trained version is registered with its benchmark scores next to the base model’s.',
  ],
  'input-guardrails': [
    'Known injection patterns in user input and in documents are blocked or stripped (tested with a red-team set).',
  ],
  'output-parser': [
    'Outputs that break the expected format or content rules are rejected before anyone acts on them.',
    'Rejections are logged with the reason.',
  ],
  'anomaly-monitoring': ['Unusual output patterns in production raise an alert that a named person reviews.'],
  'review-gate': [
    'Outputs that need a person reach a reviewer before use, as the review policy says.',
    'Each reviewer decision is recorded in the audit trail.',
  ],
  'sandboxed-tools': [
    'Each tool has only the permissions its task needs, and runs in a sandbox.',
    'Irreversible actions ask for confirmation first.',
  ],
  'agent-orchestration': [
    'Agent steps run with resource limits and time-outs; a failed step stops the flow safely.',
    'Each user flow’s memory and data stay separate.',
  ],
  'secrets-vault': [
    'No API key appears in a prompt, a log or a config file; keys are rotated on a schedule.',
  ],
  'tenant-isolation': ['A test tenant cannot reach another tenant’s memory, data or credentials.'],
  'model-router': [
    'Simple requests go to the small model and hard ones to the large model, by a rule that is tested.',
    'Benchmarks hold on both routes.',
  ],
  'semantic-cache': [
    'Repeated or near-identical requests are answered from the cache, with the hit rate tracked.',
    'Cached answers expire when their sources change.',
  ],
  'prompt-compression': ['Tokens per request fall without a drop on the benchmarks.'],
  'rest-integration': [
    'Each API call handles time-outs, errors and retries, and has a test against a sandbox of the system.',
  ],
  'database-connector': ['Queries run with read-only credentials scoped to the task, and are tested.'],
  webhooks: ['Results reach the receiving system in the agreed format; failures are retried and logged.'],
  'pii-redaction': [
    'Identifiers the task does not need are masked before a request reaches the model (tested on real-looking samples).',
  ],
  'copyright-filter': ['Outputs that closely match known works are blocked before publication.'],
  'ai-labelling': [
    'Everything generated that people outside see says it was made with AI.',
    'Published media carries provenance (content credentials).',
  ],
  'model-serving': [
    'Open-weight models serve the expected load on your own GPUs within the latency target.',
    'No request or log leaves your infrastructure.',
  ],
  'prompt-chain': ['Each step’s output is checked before the next step uses it, with a test per step.'],
  chunking: [
    'Inputs longer than the context window are split or routed so that no part is silently dropped.',
  ],
  'output-classifier': ['Drafts that fail the safety, accuracy or tone check never reach a customer.'],
  'image-pipeline': ['Generated images pass the brand and content rules before use; failures are logged.'],
  'synthetic-generator': [
    'Generated records follow the real data’s distribution on the agreed statistics.',
    'No generated record reproduces a real person’s record.',
  ],
};

export const genericComponentCriteria: readonly string[] = [
  'Does what it is for in production, and is covered by the evaluation pipeline and the monitoring.',
];

export const phaseCriteria: Readonly<Record<string, readonly string[]>> = {
  scoping: [
    'A one-page definition names the input and output formats, the accuracy bar and who reviews weak outputs.',
    'The success metrics are agreed before any build work.',
  ],
  'data-prep': [
    'The data the system needs is collected, cleaned and documented, with the rights to use it recorded.',
    'A test set of real cases with correct answers exists.',
  ],
  prototype: ['A prototype on a sample of the data has been measured against the test set.'],
  build: ['Every component of the plan is built and covered by the evaluation pipeline.'],
  integration: ['Each connection to an existing system works end to end, with error handling and tests.'],
  compliance: ['Every obligation that is a gate before launch is met, and its evidence is kept.'],
  evaluation: ['The benchmarks pass on the final system, and a red-team round found nothing left open.'],
  'regulatory-approval': ['The regulator’s authorisation is in hand before launch.'],
  rollout: [
    'The first users have it, with monitoring and a way back.',
    'Operations have taken it over, with the runbook and the alerts.',
  ],
};
