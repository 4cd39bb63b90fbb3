/**
 * The names of the questionnaire's pages (pages.ts), on their own: the app routes on them at first load, before
 * the catalogue arrives.
 */
export const pageIds = [
  'quick',
  'quick-2',
  'context',
  'context-2',
  'useCase',
  'useCase-2',
  'useCase-3',
  'useCase-4',
  'data',
  'data-2',
  'compliance',
  'compliance-2',
  'approach',
] as const;
export type PageId = (typeof pageIds)[number];
