/**
 * References to the law: the vocabulary obligations are written in (jurisdictions, owners, kinds), the legal
 * reference a plan carries, and the official sites a reference may link to. The laws themselves, their articles
 * and when each applies are data, in rules/compliance.json. Free of zod so that views and exporters can use it.
 */

/** Where a regime applies. US-state and US-local rules bind only where their state or city is involved. */
export const jurisdictions = ['EU', 'UK', 'US', 'US-state', 'US-local', 'international'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

export const jurisdictionLabels: Record<Jurisdiction, string> = {
  EU: 'European Union',
  UK: 'United Kingdom',
  US: 'United States (federal)',
  'US-state': 'US states',
  'US-local': 'US cities',
  international: 'All regions',
};

/** Who does the work and keeps the evidence. */
export const obligationOwners = [
  'legal',
  'security',
  'engineering',
  'product',
  'data-protection',
  'clinical',
] as const;
export type ObligationOwner = (typeof obligationOwners)[number];

export const ownerLabels: Record<ObligationOwner, string> = {
  legal: 'Legal and compliance',
  security: 'Security',
  engineering: 'Engineering',
  product: 'Product',
  'data-protection': 'Data protection officer',
  clinical: 'Clinical and regulatory affairs',
};

/** A gate must be passed before launch; an ongoing duty runs for as long as the system does. */
export const obligationKinds = ['gate', 'ongoing'] as const;
export type ObligationKind = (typeof obligationKinds)[number];

export const kindLabels: Record<ObligationKind, string> = {
  gate: 'Gate before launch',
  ongoing: 'Ongoing duty',
};

/** The primary legal text behind an obligation, as a plan carries it. */
export interface LegalRef {
  /** The instrument's official name, e.g. "Regulation (EU) 2016/679 (General Data Protection Regulation)". */
  instrument: string;
  /** Its usual short name, e.g. "GDPR". */
  short?: string;
  /** Article, section or annex, e.g. "Art. 35". */
  article?: string;
  /** The official text: https, on one of `officialDomains`. */
  url: string;
  /**
   * The reference rests on general knowledge that was not confirmed against the text when the knowledge base was
   * last reviewed: the product says to confirm it with counsel.
   */
  checkWithCounsel?: boolean;
}

/**
 * The official publishers a legal reference may link to: the EU's and the UK's legislation sites, the US federal
 * code and register, regulators, and the legislatures and agencies of the states and cities covered.
 */
export const officialDomains = [
  'eur-lex.europa.eu',
  'www.legislation.gov.uk',
  'ico.org.uk',
  'www.ecfr.gov',
  'www.federalregister.gov',
  'uscode.house.gov',
  'www.federalreserve.gov',
  'www.fdic.gov',
  'www.fda.gov',
  'content.naic.org',
  'doi.colorado.gov',
  'leg.colorado.gov',
  'www.ilga.gov',
  'www.nyc.gov',
  'cppa.ca.gov',
  'leginfo.legislature.ca.gov',
  'le.utah.gov',
  'www.americanbar.org',
] as const;

/** Whether a URL is https on an official domain (exactly: no look-alike subdomains or credentials). */
export function isOfficialUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    (officialDomains as readonly string[]).includes(u.hostname)
  );
}

/** "GDPR, Art. 35" on screen, where the short name is enough; the full name is in the exports' appendix. */
export function shortLegalRef(r: LegalRef): string {
  const name = r.short ?? r.instrument;
  return r.article ? `${name}, ${r.article}` : name;
}

/** "Regulation (EU) 2016/679 (General Data Protection Regulation), Art. 35". */
export function fullLegalRef(r: LegalRef): string {
  return r.article ? `${r.instrument}, ${r.article}` : r.instrument;
}

export const COUNSEL_NOTE = 'to be confirmed with counsel';

/** "2 December 2027", in words, without depending on the reader's locale. */
export function formatLegalDate(iso: string): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || m > 12) return iso;
  return `${d} ${months[m - 1]} ${y}`;
}

/** Said wherever obligations are shown: on screen, in every export. */
export function legalNotice(reviewedOn: string): string {
  return `Scopewise is not legal advice. It points to the rules most likely to apply, from legal knowledge last reviewed on ${formatLegalDate(reviewedOn)}; confirm them with counsel for your situation, and treat references marked “${COUNSEL_NOTE}” with particular care.`;
}

const weeksText = ([a, b]: readonly [number, number]): string =>
  a === b ? `${a}` : a === 0 ? `up to ${b}` : `${a}–${b}`;

/**
 * "1–3 person-weeks of work, then up to 14 weeks of waiting (compliance phase)": what a gate adds to the
 * timeline, in words; the basis follows it wherever it is shown.
 */
export function describeSchedule(s: {
  phase: 'compliance' | 'regulatory-approval';
  effort: readonly [number, number];
  wait?: readonly [number, number];
}): string {
  const phase = s.phase === 'compliance' ? 'compliance phase' : 'regulatory-approval phase';
  const work = `${weeksText(s.effort)} person-weeks of work`;
  return s.wait ? `${work}, then ${weeksText(s.wait)} weeks of waiting (${phase})` : `${work} (${phase})`;
}

/** "Applies from 2 December 2027, after your target launch": when a dated duty starts, and what it means. */
export function describeAppliesFrom(o: { appliesFrom?: string; afterLaunch?: boolean }): string | undefined {
  if (!o.appliesFrom) return undefined;
  const from = `Applies from ${formatLegalDate(o.appliesFrom)}`;
  return o.afterLaunch
    ? `${from}, after your target launch: the system will be in use by then, so plan for it now.`
    : `${from}.`;
}
