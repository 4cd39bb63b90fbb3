// Installs exactly what package-lock.json pins, with `npm ci`, whenever node_modules does not match it yet (a fresh
// clone, or a lock file changed by a pull). `npm ci` refuses a lock file that is out of sync with package.json, so
// an unreproducible install fails here, on every machine and in CI, instead of being quietly "repaired".
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.scopewise-lock-sha256';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (installed !== lockHash) {
  console.log('Installing dependencies from package-lock.json (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, `${lockHash}\n`);
}
