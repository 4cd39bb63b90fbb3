/**
 * A production build of a measuring script's own, served by `vite preview`: other work rebuilding dist/ mid-run
 * would otherwise serve half a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

/** Builds into `distDir`, unless `reuse` is asked and a build is already there. */
export function ensureBuild(root: string, distDir: string, reuse: boolean): void {
  if (reuse && existsSync(join(distDir, 'index.html'))) return;
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

export function serveBuild(root: string, distDir: string, port: number): Promise<PreviewServer> {
  return preview({
    root,
    build: { outDir: distDir },
    preview: { port, strictPort: false, open: false },
    logLevel: 'warn',
  });
}
