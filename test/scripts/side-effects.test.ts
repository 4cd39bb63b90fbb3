/**
 * package.json's `sideEffects` lets the bundler leave out the modules of a feature's index that the importer does
 * not use (the app imports every feature through its index). It must therefore name every module that runs code
 * when it is imported; otherwise that code would silently be dropped from the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] };
const declarations = /^(import|export|const|let|var|function|class|interface|type|declare|enum|async)\b/;
/** A statement at the top of a module that does something: a call, an assignment, a branch or a loop. */
const statement = /^(if|for|while|try|switch)\b|^[A-Za-z_$][\w$]*(\.[\w$]+)*\s*(\(|=(?!=))/;

/** Modules whose top-level code only prepares their own data: dropping them with their unused exports is safe. */
const ownStateOnly: Record<string, string> = {
  './src/features/share/model/base64url.ts': 'fills its own lookup table',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('package.json sideEffects', () => {
  it('names every module that runs code when imported (other than to fill its own tables), and CSS', () => {
    const running = sources('src').filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => !declarations.test(line) && statement.test(line)),
    );
    const effects = running.map((f) => `./${f}`).filter((f) => !(f in ownStateOnly));
    expect(effects.sort()).toEqual(pkg.sideEffects.filter((p) => p.startsWith('./')).sort());
    expect(pkg.sideEffects).toContain('*.css');
  });
});
