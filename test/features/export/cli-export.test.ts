/** `npm run plan -- answers.json --format md|pdf --out file` writes the same documents the browser downloads. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

globalThis.localStorage ??= { clear: () => undefined } as unknown as Storage;

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
    encoding: 'utf8',
    timeout: 90_000,
  });

describe('plan CLI exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-export-'));

  it('writes Markdown with --format md --out', { timeout: 90_000 }, () => {
    const out = join(dir, 'plan.md');
    const r = run(
      'examples/healthcare-diagnostic.json',
      '--format',
      'md',
      '--out',
      out,
      '--today',
      '2026-11-23',
    );
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Scopewise plan: Chest X-ray triage\n/);
    expect(md).toContain('## Appendix B: Sources');
  });

  it('writes a PDF with --format pdf --out', { timeout: 120_000 }, () => {
    const out = join(dir, 'plan.pdf');
    const r = run(
      'examples/healthcare-diagnostic.json',
      '--format',
      'pdf',
      '--out',
      out,
      '--today',
      '2026-11-23',
    );
    expect(r.status, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(text).toContain('Chest X-ray triage');
      expect(text).toContain('Appendix C: About this plan');
    }
  });
});
