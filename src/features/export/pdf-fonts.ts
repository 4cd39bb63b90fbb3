/**
 * The PDF's fonts, shipped with the app and loaded only when a PDF is made (never from a CDN). In the browser the
 * bundler turns each `new URL(…, import.meta.url)` into a hashed asset URL on the app's own origin, fetched into
 * pdfmake's virtual file system; in Node (CLI, tests) the same URL is a file on disk, handed over as a path,
 * because pdfmake's SVG text (chart labels) opens fonts through the file system, which in Node is the real one.
 */
const FONT_FILES = {
  'Roboto-Regular.ttf': new URL('./fonts/Roboto-Regular.ttf', import.meta.url),
  'Roboto-Medium.ttf': new URL('./fonts/Roboto-Medium.ttf', import.meta.url),
} as const;

export type FontName = keyof typeof FONT_FILES;

export type FontSources =
  { kind: 'files'; paths: Record<FontName, string> } | { kind: 'bytes'; data: Record<FontName, Uint8Array> };

const entries = Object.entries(FONT_FILES) as [FontName, URL][];

async function fetchAll(): Promise<FontSources> {
  const data = await Promise.all(
    entries.map(async ([name, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`Could not load the PDF font ${name} (HTTP ${res.status}).`);
      return [name, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  );
  return { kind: 'bytes', data: Object.fromEntries(data) as Record<FontName, Uint8Array> };
}

async function filePaths(): Promise<FontSources> {
  // A variable specifier keeps the bundler from pulling a Node built-in into the browser build.
  const urlModule = 'node:url';
  const { fileURLToPath } = (await import(/* @vite-ignore */ urlModule)) as typeof import('node:url');
  const paths = Object.fromEntries(entries.map(([name, url]) => [name, fileURLToPath(url)]));
  return { kind: 'files', paths: paths as Record<FontName, string> };
}

let cache: Promise<FontSources> | undefined;

export function loadFonts(): Promise<FontSources> {
  const first = entries[0]![1];
  cache ??= first.protocol === 'file:' ? filePaths() : fetchAll();
  // A failed load (offline, interrupted) must not poison later attempts.
  cache.catch(() => (cache = undefined));
  return cache;
}
