/**
 * `npm run plan`: one real run each for a valid and an invalid file, as a person types it; everything else
 * in-process, through the same `main` with its output captured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSchema } from '@/domain/plan';
import { formats, main, parseArgs } from '../../scripts/plan';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

/** The command run in this process: what it would have printed, and its exit code. */
async function plan(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  const stderr: string[] = [];
  const status = await main(args, {
    out: (data) => (stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8')),
    err: (line) => stderr.push(`${line}\n`),
  });
  return { status, stdout, stderr: stderr.join('') };
}

describe('plan CLI', { timeout: 60_000 }, () => {
  it('parses the file, --format, --out and --today, including --name=value', () => {
    expect(parseArgs(['a.json', '--format', 'md', '--out=x.md', '--today', '2027-01-02'])).toEqual({
      file: 'a.json',
      options: { format: 'md', out: 'x.md', today: '2027-01-02' },
      errors: [],
    });
  });

  it('reports a missing file, unknown options and formats, and a bad date', () => {
    expect(parseArgs([]).errors).toContain('missing the answers file');
    expect(parseArgs(['a.json', '--colour', 'red']).errors).toContain('unknown option --colour');
    expect(parseArgs(['a.json', '--format', 'docx']).errors[0]).toMatch(/--format must be one of: json, md/);
    expect(parseArgs(['a.json', '--today', 'soon']).errors[0]).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a --today that is not a real day (finding 7: 2027-13-45 was accepted)', () => {
    for (const today of ['2027-13-45', '2027-02-30', '2027-02-29'])
      expect(parseArgs(['a.json', '--today', today]).errors).toEqual([
        `--today must be a real calendar date written YYYY-MM-DD (not "${today}")`,
      ]);
    expect(parseArgs(['a.json', '--today', '2028-02-29']).errors).toEqual([]);
  });

  it('offers json and md', () => {
    expect(Object.keys(formats)).toEqual(expect.arrayContaining(['json', 'md']));
  });

  it('prints a schema-valid JSON plan for an example', () => {
    const r = run('examples/internal-knowledge-qa.json', '--today', '2026-11-23');
    expect(r.status).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.approach.recommended).toBe('rag');
  });

  it('exits non-zero and names each bad field for invalid answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopewise-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'scopewise-answers',
        schemaVersion: 1,
        answers: { dailyUsers: 0, industry: 'banking' },
      }),
    );
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/answers\.dailyUsers: must be at least 1/);
    expect(r.stderr).toMatch(/answers\.industry: must be one of/);
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 like the browser does (finding 7: "Unexpected token")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopewise-'));
    const text = readFileSync('examples/internal-knowledge-qa.json', 'utf8');
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const expected = (await plan('examples/internal-knowledge-qa.json', '--today', '2026-11-23')).stdout;
    for (const file of [bom, utf16]) {
      const r = await plan(file, '--today', '2026-11-23');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  });

  it('names invalid UTF-8 and an impossible date in a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopewise-'));
    const bad = join(dir, 'latin1.json');
    writeFileSync(
      bad,
      Buffer.from(
        '{"format":"scopewise-answers","schemaVersion":1,"answers":{"projectName":"Caf\xe9"}}',
        'latin1',
      ),
    );
    const r = await plan(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not valid UTF-8 text \(byte 0xE9 at position \d+\)/);
    const date = join(dir, 'date.json');
    writeFileSync(
      date,
      JSON.stringify({
        format: 'scopewise-answers',
        schemaVersion: 1,
        answers: { targetLaunch: '2027-02-30' },
      }),
    );
    expect((await plan(date)).stderr).toMatch(/answers\.targetLaunch: is not a real calendar date/);
  });

  it('says why --out cannot be written, without a stack trace, and exits non-zero (finding 7)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopewise-'));
    const cases = [
      [
        join(dir, 'missing-folder', 'plan.md'),
        /^Cannot write .*plan\.md: no such file, or the folder .*missing-folder does not exist\n$/,
      ],
      [dir, /^Cannot write .*: that is a folder; give a file name\n$/],
    ] as const;
    for (const [out, message] of cases) {
      const r = await plan('examples/internal-knowledge-qa.json', '--format', 'md', '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
    }
  });
});

describe('plan CLI readers', { timeout: 120_000 }, () => {
  it('parses --reader and refuses a reader or a format that does not fit', () => {
    expect(parseArgs(['a.json', '--reader', 'exec', '--format', 'pdf']).errors).toEqual([]);
    expect(parseArgs(['a.json', '--reader', 'backlog', '--format', 'csv']).errors).toEqual([]);
    expect(parseArgs(['a.json', '--reader', 'board']).errors[0]).toMatch(
      /--reader must be one of: full, exec, compliance, backlog, adr/,
    );
    expect(parseArgs(['a.json', '--reader', 'exec', '--format', 'csv']).errors[0]).toBe(
      '--format csv is not made for --reader exec (use json, md, pdf, link)',
    );
    expect(parseArgs(['a.json', '--format', 'link', '--base', 'ftp://x']).errors[0]).toMatch(
      /--base must be/,
    );
  });

  it('prints each reader’s Markdown, the backlog as CSV, and a share link that opens the same answers', async () => {
    const exec = await plan(
      'examples/crm-support-rag.json',
      '--reader',
      'exec',
      '--format',
      'md',
      '--today',
      '2026-12-01',
    );
    expect(exec.status, exec.stderr).toBe(0);
    expect(exec.stdout).toMatch(/^# Executive summary: Support answer assistant\n/);
    const adr = await plan('examples/crm-support-rag.json', '--reader', 'adr', '--format', 'md');
    expect(adr.stdout).toMatch(/^---\nstatus: "proposed"/);
    const csv = await plan('examples/crm-support-rag.json', '--reader', 'backlog', '--format', 'csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      '"Title","Summary","Description","Body","Issue Type","Priority","Labels"',
    );
    const json = JSON.parse((await plan('examples/crm-support-rag.json', '--reader', 'compliance')).stdout);
    expect(json.reader).toBe('compliance');

    const link = await plan(
      'examples/crm-support-rag.json',
      '--format',
      'link',
      '--base',
      'https://example.com/scopewise/',
    );
    expect(link.status, link.stderr).toBe(0);
    const url = link.stdout.trim();
    expect(url).toMatch(/^https:\/\/example\.com\/scopewise\/#s2\./);
    const { decodeShareFragment } = await import('@/features/share/model');
    const { parseAnswersFile } = await import('@/domain/answers');
    const decoded = decodeShareFragment(url.slice(url.indexOf('#') + 1));
    const file = parseAnswersFile(readFileSync('examples/crm-support-rag.json', 'utf8'));
    expect(decoded.ok && file.ok).toBe(true);
    if (decoded.ok && file.ok) expect(decoded.answers).toEqual(file.value.answers);
  });
});
