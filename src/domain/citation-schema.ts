import { seedFiles, type Citation, type SeedFile } from './sources';
import { z } from './zod';

/** Validates a citation read from data (rules files, plans): a known seed file and positive whole line numbers. */
export const citationSchema: z.ZodMiniType<Citation> = z.strictObject({
  file: z.enum(Object.values(seedFiles) as [SeedFile, ...SeedFile[]]),
  lines: z.tuple([z.number().check(z.int(), z.positive()), z.number().check(z.int(), z.positive())]),
});
