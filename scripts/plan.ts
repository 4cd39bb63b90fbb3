/**
 * `npm run plan -- <answers.json> [--reader full|exec|compliance|backlog|adr] [--format json|md|pdf|csv|link]
 *   [--out file] [--today YYYY-MM-DD] [--base url]`
 * Prints the plan for an answers file, or one reader's document of it, running the same engine and export code as
 * the browser; `--format link` prints the share link that opens the plan. Invalid answers exit with status 1 and one
 * line per bad field.
 *
 * To add a format, add an entry to `formats`; to add an option, add it to `options` (every option takes a value).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAnswersBytes } from '@/domain/answers';
import { isCalendarDate } from '@/domain/calendar-date';
import type { Notes } from '@/domain/notes';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { evaluate, RULESET_VERSION } from '@/engine';
import { loadRulesetVersion } from '@/engine/history';
import { analyseWhatIf, planChanges, type Sensitivity } from '@/engine/what-if';
import { readerIds, type ReaderId } from '@/features/export/document';
import { buildReaderDocument } from '@/features/export/readers';
import { renderCsv } from '@/features/export/to-csv';
import { renderMarkdown } from '@/features/export/to-markdown';
import { buildShareUrl, encodeShareFragment } from '@/features/share/model';

export interface RenderContext {
  /** With its decisive answers (`decisive`), as every output shows them. */
  plan: Plan;
  answers: Answers;
  reader: ReaderId;
  /** The file's notes on answers. */
  notes: Notes;
  sensitivity: Sensitivity;
  today: string;
  generatedAt: string;
  options: Readonly<Record<string, string>>;
}
type Renderer = (ctx: RenderContext) => string | Uint8Array | Promise<string | Uint8Array>;

/** Where `npm start` serves the app: the share link's default address. */
export const DEFAULT_BASE = 'http://localhost:5173/';

const documentOf = ({ reader, plan, answers, generatedAt, notes, sensitivity }: RenderContext) =>
  buildReaderDocument(reader, plan, answers, { generatedAt, notes, sensitivity, trace: true });

export const formats: Record<string, Renderer> = {
  // The full plan's JSON is the plan itself (a public contract); a reader's is its document.
  json: (ctx) => `${JSON.stringify(ctx.reader === 'full' ? ctx.plan : documentOf(ctx), null, 2)}\n`,
  md: (ctx) => renderMarkdown(documentOf(ctx)),
  // Loaded only for this format: pdfmake and the fonts are the heaviest part of the app.
  pdf: async ({ plan, answers, generatedAt, reader, notes, sensitivity }) =>
    (await import('@/features/export/to-pdf')).toPdf(plan, answers, {
      generatedAt,
      reader,
      notes,
      sensitivity,
    }),
  csv: (ctx) => renderCsv(documentOf(ctx)),
  link: ({ answers, notes, options }) =>
    `${buildShareUrl(options.base ?? DEFAULT_BASE, encodeShareFragment(answers, { notes, rulesetVersion: RULESET_VERSION }))}\n`,
};

/** The formats each reader's document comes in (a link opens the whole plan, whoever asks). */
const readerFormats: Record<ReaderId, readonly string[]> = {
  full: ['json', 'md', 'pdf', 'link'],
  exec: ['json', 'md', 'pdf', 'link'],
  compliance: ['json', 'md', 'pdf', 'link'],
  backlog: ['json', 'md', 'pdf', 'csv', 'link'],
  adr: ['json', 'md', 'pdf', 'link'],
};

export const options: Record<string, string> = {
  reader: `whose document: ${readerIds.join(', ')} (default full)`,
  format: `output format: ${Object.keys(formats).join(', ')} (default json; csv for the backlog)`,
  out: 'write to this file instead of standard output',
  today: 'date the target launch is compared with, YYYY-MM-DD (default: the current date)',
  base: `with --format link, the address the app is served from (default ${DEFAULT_BASE})`,
};

export interface ParsedArgs {
  file?: string;
  options: Record<string, string>;
  errors: string[];
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { options: {}, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (!(name in options)) {
        out.errors.push(`unknown option --${name}`);
        continue;
      }
      const value = inline ?? argv[++i];
      if (value === undefined) out.errors.push(`--${name} needs a value`);
      else out.options[name] = value;
    } else if (out.file === undefined) out.file = arg;
    else out.errors.push(`unexpected argument "${arg}"`);
  }
  if (out.file === undefined) out.errors.push('missing the answers file');
  const format = out.options.format ?? 'json';
  const reader = (out.options.reader ?? 'full') as ReaderId;
  if (!readerIds.includes(reader)) out.errors.push(`--reader must be one of: ${readerIds.join(', ')}`);
  else if (!(format in formats))
    out.errors.push(`--format must be one of: ${Object.keys(formats).join(', ')}`);
  else if (!readerFormats[reader].includes(format))
    out.errors.push(
      `--format ${format} is not made for --reader ${reader} (use ${readerFormats[reader].join(', ')})`,
    );
  if (out.options.base !== undefined && !/^https?:\/\/[^\s#]+$/.test(out.options.base))
    out.errors.push(`--base must be an http or https address without a fragment (not "${out.options.base}")`);
  if (out.options.today !== undefined && !isCalendarDate(out.options.today))
    out.errors.push(`--today must be a real calendar date written YYYY-MM-DD (not "${out.options.today}")`);
  return out;
}

const usage = () =>
  [
    'Usage: npm run plan -- <answers.json> [options]',
    ...Object.entries(options).map(([k, v]) => `  --${k.padEnd(8)} ${v}`),
    '',
    'Examples:',
    '  npm run plan -- examples/crm-support-rag.json --reader exec --format pdf --out exec.pdf',
    '  npm run plan -- examples/crm-support-rag.json --reader backlog --format csv --out backlog.csv',
    '  for f in examples/*.json; do npm run --silent plan -- "$f" --format link; done',
  ].join('\n');

/** Where a run writes: the process's streams from the command line, a buffer in the tests. */
export interface Output {
  out: (data: string | Uint8Array) => void;
  err: (line: string) => void;
}
const processOutput: Output = {
  out: (data) => process.stdout.write(data),
  err: (line) => console.error(line),
};

/** One run of the command: its exit code. */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  const args = parseArgs(argv);
  if (args.errors.length) {
    io.err(`${args.errors.join('\n')}\n\n${usage()}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file!);
  } catch (e) {
    io.err(`Cannot read ${args.file}: ${describeFsError(e, args.file!)}`);
    return 1;
  }
  const parsed = parseAnswersBytes(bytes);
  if (!parsed.ok) {
    io.err(`${args.file} is not a valid answers file:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  const now = new Date().toISOString();
  const today = args.options.today ?? now.slice(0, 10);
  const answers = parsed.value.answers;
  const whatIf = analyseWhatIf(answers, { today });
  const plan: Plan = { ...evaluate(answers, { today }), decisive: whatIf.decisive };
  const made = parsed.value.rulesetVersion;
  if (made && made !== RULESET_VERSION) io.err(await sinceRuleset(made, answers, plan, today));
  const rendered = await formats[args.options.format ?? 'json']!({
    plan,
    answers,
    reader: (args.options.reader ?? 'full') as ReaderId,
    notes: parsed.value.notes ?? {},
    sensitivity: whatIf.sensitivity,
    today,
    generatedAt: now,
    options: args.options,
  });
  if (args.options.out) {
    try {
      writeFileSync(args.options.out, rendered);
    } catch (e) {
      io.err(`Cannot write ${args.options.out}: ${describeFsError(e, args.options.out)}`);
      return 1;
    }
  } else io.out(rendered);
  return 0;
}

/** For a file made with an earlier ruleset, what changed in its plan since (on stderr, beside the output). */
async function sinceRuleset(made: string, answers: Answers, plan: Plan, today: string): Promise<string> {
  const then = await loadRulesetVersion(made);
  if (!then.ok)
    return then.reason === 'newer'
      ? `Note: this file was made with ruleset ${made}, newer than this version's ${RULESET_VERSION}.`
      : `Note: this file names ruleset ${made}, which this version does not have; the plan is today's.`;
  const before = evaluate(answers, { today, ruleset: then.ruleset, rulesetVersion: made });
  const changes = planChanges(before, plan, answers);
  const head = `Note: this file was made with ruleset ${made}; the plan below uses ${RULESET_VERSION}.`;
  if (!changes.length) return `${head} Nothing a reader compares changed.`;
  const lines = changes.map((c) =>
    c.added || c.removed
      ? `  - ${c.label}: ${[...(c.added ?? []).map((x) => `+ ${x}`), ...(c.removed ?? []).map((x) => `− ${x}`)].join('; ')}`
      : `  - ${c.label}: ${c.before} → ${c.after}`,
  );
  return `${head} What changed:\n${lines.join('\n')}`;
}

/** A file-system failure in words, without Node's stack: the usual causes named, the rest as Node says them. */
export function describeFsError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return path.endsWith('/') || path.endsWith('\\')
        ? 'the folder does not exist'
        : `no such file, or the folder ${dirname(resolve(path))} does not exist`;
    case 'EISDIR':
      return 'that is a folder; give a file name';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  // Piping into `head` closes stdout early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      // A bug, not a user error: one line, and the stack only when asked for.
      console.error(`plan: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.SCOPEWISE_DEBUG && e instanceof Error) console.error(e.stack);
      process.exitCode = 70;
    },
  );
}
