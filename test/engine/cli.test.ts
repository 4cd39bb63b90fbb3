/** `npm run plan`: argument parsing in-process, and one real run each for a valid and an invalid file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSchema } from '@/domain/plan';
import { formats, parseArgs } from '../../scripts/plan';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

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
});
