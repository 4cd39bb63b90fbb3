/**
 * The parts of each source article, named in our own words, so a reader sees "CTO guide to generative AI — Decision
 * 3: compliance before code" rather than a file and a line. Kept apart from sources.ts, which the questionnaire
 * loads, because only the plan's explanations need it.
 */
import { seedTitles, type Citation, type SeedFile } from './sources';

/** A part of a source article: its first line and a name in our own words (the articles' own headings vary). */
interface SeedSection {
  from: number;
  name: string;
}

/**
 * Where each source article's parts begin, in order; a part runs to the line before the next one. Readers see
 * "CTO guide — Decision 3: compliance before code", while the exports' appendix keeps the exact lines.
 */
export const seedSections: Record<SeedFile, readonly SeedSection[]> = {
  '000_472cadddb2d527a5.txt': [
    { from: 1, name: 'Contents' },
    { from: 38, name: 'What generative AI is' },
    { from: 72, name: 'How models are trained and run' },
    { from: 93, name: 'Model architectures' },
    { from: 123, name: 'Evaluating models' },
    { from: 132, name: 'Tools in use' },
    { from: 150, name: 'Compared with other kinds of AI' },
    { from: 175, name: 'Use cases by industry' },
    { from: 234, name: 'Glossary' },
    { from: 272, name: 'Decisions before a project' },
    { from: 274, name: 'Decision 1: the use case' },
    { from: 277, name: 'Decision 2: data readiness' },
    { from: 280, name: 'Decision 3: compliance before code' },
    { from: 283, name: 'Decision 4: build, fine-tune or RAG' },
    { from: 285, name: 'Deployment practices' },
    { from: 297, name: 'Challenges' },
    { from: 299, name: 'Challenge: hallucination' },
    { from: 302, name: 'Challenge: bias' },
    { from: 305, name: 'Challenge: privacy with public APIs' },
    { from: 308, name: 'Challenge: copyright' },
    { from: 311, name: 'Challenge: inference cost' },
    { from: 314, name: 'Delivery approach' },
    { from: 318, name: 'FAQ' },
    { from: 321, name: 'FAQ: how long a build takes' },
    { from: 323, name: 'FAQ' },
    { from: 325, name: 'FAQ: fine-tuning or RAG' },
    { from: 327, name: 'FAQ: the data needed' },
    { from: 329, name: 'FAQ: integration with existing systems' },
    { from: 331, name: 'FAQ: the first step' },
    { from: 333, name: 'FAQ: build and run costs' },
  ],
  '001_888d50a6ff54db5d.txt': [
    { from: 1, name: 'Summary' },
    { from: 17, name: 'Foundations and history' },
    { from: 23, name: 'How generative models work' },
    { from: 33, name: 'Types of generative models' },
    { from: 85, name: 'Applications and case studies' },
    { from: 137, name: 'Generative and discriminative models' },
    { from: 154, name: 'Market and adoption' },
    { from: 198, name: 'Pros and cons' },
    { from: 218, name: 'Myths and facts' },
    { from: 243, name: 'Technical challenges' },
    { from: 258, name: 'Organisational challenges' },
    { from: 267, name: 'Ethical and compliance challenges' },
    { from: 280, name: 'Common mistakes' },
    { from: 287, name: 'Industry adoption and regulatory barriers' },
    { from: 310, name: 'Regional ecosystems' },
    { from: 338, name: 'Outlook' },
    { from: 373, name: 'FAQ' },
    { from: 414, name: 'Key takeaways' },
    { from: 425, name: 'Next steps' },
    { from: 436, name: 'Glossary' },
    { from: 458, name: 'References' },
  ],
  '002_2ed8d2a805eff0b7.txt': [
    { from: 1, name: 'Introduction' },
    { from: 6, name: 'How generative AI works' },
    { from: 15, name: 'Use cases' },
    { from: 28, name: 'Business value' },
    { from: 38, name: 'Technical challenges' },
    { from: 51, name: 'Ethical risks' },
    { from: 65, name: 'Governance and safety' },
    { from: 78, name: 'Implementing thoughtfully' },
    { from: 88, name: 'Outlook and conclusion' },
  ],
  '003_ca3158b28e1532dd.txt': [
    { from: 1, name: 'Introduction' },
    { from: 23, name: 'How it works' },
    { from: 49, name: 'Types of generative AI' },
    { from: 96, name: 'Use cases' },
    { from: 128, name: 'Challenges' },
    { from: 162, name: 'Getting started' },
    { from: 180, name: 'FAQ' },
    { from: 206, name: 'FAQ: costs' },
    { from: 212, name: 'Further reading' },
  ],
  '004_ee2b63b797ae1de1.txt': [
    { from: 1, name: 'Key points' },
    { from: 12, name: 'Compared with traditional AI' },
    { from: 26, name: 'How it is built' },
    { from: 58, name: 'Applications' },
    { from: 62, name: 'Risks' },
    { from: 67, name: 'From generative to agentic AI' },
    { from: 78, name: 'FAQ' },
  ],
};

/** The name of the part a line falls in. */
export function sectionOf(file: SeedFile, line: number): string {
  let name = seedSections[file][0]!.name;
  for (const s of seedSections[file]) if (s.from <= line) name = s.name;
  return name;
}

/** "CTO guide — Decision 3: compliance before code": what a reader sees, where exact lines mean nothing to them. */
export function readableCitation(c: Citation): string {
  return `${seedTitles[c.file]} — ${sectionOf(c.file, c.lines[0])}`;
}
