// Makes sure Debian's Chromium (for e2e tests) and pdftotext (to read exported PDFs) exist on a fresh machine.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const need = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/pdftotext', 'poppler-utils'],
].filter(([bin]) => !existsSync(bin));

if (need.length > 0) {
  const pkgs = need.map(([, pkg]) => pkg).join(' ');
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  console.log(`Installing ${pkgs} from Debian packages…`);
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
}
