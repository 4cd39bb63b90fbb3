/**
 * The Content-Security-Policy and the host headers: one source (scripts/csp.mjs), no drift into public/_headers,
 * and a policy that actually says what the product promises.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  cspHeader,
  cspMeta,
  headerOnlyDirectives,
  securityHeaders,
} from '../../scripts/csp.mjs';

function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The headers of the `/*` block of a Netlify/Cloudflare-style _headers file. */
function headersFileBlock(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === path;
      continue;
    }
    if (!inBlock) continue;
    const at = line.indexOf(':');
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

describe('Content-Security-Policy', () => {
  const header = parsePolicy(cspHeader);
  const meta = parsePolicy(cspMeta);

  it('allows scripts from the app itself only: no inline, no eval, no other origin', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(cspHeader).not.toMatch(/unsafe-|strict-dynamic|nonce-|sha256-|\*/);
  });

  it('names no other origin anywhere', () => {
    for (const [name, values] of header)
      for (const v of values) expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${v}`).toContain(v);
  });

  it("has object-src 'none', base-uri 'none' and frame-ancestors 'none'", () => {
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps header-only directives out of the meta tag, where browsers ignore them and log an error', () => {
    for (const name of [...Object.keys(headerOnlyDirectives), 'report-uri', 'sandbox'])
      expect(meta.has(name), name).toBe(false);
    expect([...meta.keys()]).toEqual(Object.keys(cspDirectives));
  });
});

describe('public/_headers', () => {
  const file = readFileSync('public/_headers', 'utf8');

  it('sends exactly the policy and security headers of scripts/csp.mjs for every path', () => {
    expect(headersFileBlock(file, '/*')).toEqual(securityHeaders);
  });

  it('revalidates the service worker and the page, so updates reach users', () => {
    expect(headersFileBlock(file, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFileBlock(file, '/index.html')['Cache-Control']).toBe('no-cache');
  });
});

describe('index.html', () => {
  const html = readFileSync('index.html', 'utf8');

  it('has no inline script and no inline event handler', () => {
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s, 'every script has a src and no body').toMatch(/src=.*><\/script>$/s);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('loads nothing from another origin', () => {
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
});

describe('docs/hosting.md (finding 9: frame-ancestors must reach hosts without _headers support)', () => {
  const doc = readFileSync('docs/hosting.md', 'utf8');
  const block = (lang: string): string => {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc);
    if (!m) throw new Error(`no ${lang} block in docs/hosting.md`);
    return m[1]!;
  };
  const unquote = (v: string) => v.trim().replace(/^"(.*)"$/, '$1');

  it('gives nginx every security header, on the app and again on its hashed files', () => {
    const lines = [...block('nginx').matchAll(/add_header (\S+) (".*?"|\S+) always;/g)];
    const sent = lines.map(([, name, value]) => [name!, unquote(value!)] as const);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(
        sent.filter(([n, v]) => n === name && v === value),
        name,
      ).toHaveLength(2);
  });

  it('gives Apache every security header', () => {
    const sent = Object.fromEntries(
      [...block('apache').matchAll(/Header always set (\S+) (".*")/g)].map(([, n, v]) => [n!, unquote(v!)]),
    );
    expect(sent).toEqual(securityHeaders);
  });

  it('gives Netlify every security header for every path', () => {
    const toml = block('toml');
    const all = toml.slice(toml.indexOf('for = "/*"'), toml.indexOf('[[headers]]', 10));
    const sent = Object.fromEntries(
      [...all.matchAll(/^\s+(\S+) = (".*")$/gm)].map(([, n, v]) => [n!, unquote(v!)]),
    );
    expect(sent).toEqual(securityHeaders);
  });

  it('gives Vercel every security header for every path', () => {
    const config = JSON.parse(block('json')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const all = config.headers.find((h) => h.source === '/(.*)')!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual(securityHeaders);
    expect(config.headers.find((h) => h.source === '/sw.js')?.headers).toEqual([
      { key: 'Cache-Control', value: 'no-cache' },
    ]);
  });
});
