import { cite } from '../sources';
import { questionsOf } from './types';

export const approaches = [
  { value: 'prompt', label: 'Prompt engineering on a foundation model' },
  { value: 'rag', label: 'Retrieval-augmented generation (RAG) on our data' },
  { value: 'fine-tune', label: 'Fine-tuning a model on our data' },
  { value: 'rag-fine-tune', label: 'RAG plus fine-tuning' },
  { value: 'agentic', label: 'An agentic system' },
];

export const approachQuestions = questionsOf([
  {
    id: 'preferredApproach',
    code: 51,
    step: 'approach',
    kind: 'single',
    label: 'Do you already lean towards a technical path?',
    help: 'Prompting is fastest and cheapest but weakest on domain facts; RAG is the standard for factual accuracy; fine-tuning is the most accurate in-domain and the most expensive. Leave it to the plan if unsure.',
    sources: [cite('000', 283, 284)],
    required: true,
    options: [{ value: 'none', label: 'No preference: recommend one' }, ...approaches],
  },
  {
    id: 'hosting',
    code: 52,
    step: 'approach',
    kind: 'single',
    label: 'Where would you prefer the models to run?',
    help: 'Public APIs are quickest; enterprise cloud platforms add processing agreements and residency guarantees; private cloud or on-premises keeps data in-house at the cost of running GPUs yourself.',
    sources: [cite('000', 306, 307), cite('003', 208, 210)],
    required: true,
    options: [
      { value: 'none', label: 'No preference' },
      { value: 'public-api', label: 'A public model API' },
      { value: 'enterprise-cloud', label: 'An enterprise cloud AI platform with a processing agreement' },
      { value: 'private-cloud', label: 'Our private cloud' },
      { value: 'on-premises', label: 'Our own data centre' },
    ],
  },
  {
    id: 'modelPreference',
    code: 53,
    step: 'approach',
    kind: 'single',
    label: 'Which kind of model do you favour?',
    help: 'Not every task needs a frontier model: smaller models are often better on narrow tasks at a fraction of the cost, and open-weight models can be hosted privately.',
    sources: [cite('003', 168), cite('000', 313)],
    required: true,
    options: [
      { value: 'none', label: 'No preference' },
      { value: 'frontier', label: 'The most capable frontier models' },
      { value: 'small', label: 'Small, fast, inexpensive models' },
      { value: 'open-weight', label: 'Open-weight models we can host' },
    ],
  },
]);
