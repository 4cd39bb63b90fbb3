/**
 * The plan as a PDF, in the browser and in Node with the same code. pdfmake is imported dynamically here and
 * nowhere else, so it only loads when someone exports a PDF; the app imports this module lazily too.
 */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { PlanDocument, ReaderId } from './document';
import { buildPdfDefinition, PDF_FONT } from './pdf-document';
import { loadFonts, type FontName } from './pdf-fonts';
import type { DocumentOptions } from './plan-document';
import { buildReaderDocument } from './readers';

type PdfMake = typeof import('pdfmake');
interface VirtualFs {
  writeFileSync(name: string, content: string, encoding: 'base64'): void;
}

let ready: Promise<PdfMake> | undefined;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function setUp(): Promise<PdfMake> {
  const [mod, fonts] = await Promise.all([import('pdfmake'), loadFonts()]);
  const pdfMake = ((mod as { default?: PdfMake }).default ?? mod) as PdfMake;
  let file: Record<FontName, string>;
  if (fonts.kind === 'bytes') {
    // base64 lets pdfmake build its own Buffer (a polyfill in the browser build), which its font loader expects.
    const vfs = (pdfMake as unknown as { virtualfs: VirtualFs }).virtualfs;
    for (const [name, bytes] of Object.entries(fonts.data))
      vfs.writeFileSync(name, toBase64(bytes), 'base64');
    file = { 'Roboto-Regular.ttf': 'Roboto-Regular.ttf', 'Roboto-Medium.ttf': 'Roboto-Medium.ttf' };
  } else file = fonts.paths;
  const regular = file['Roboto-Regular.ttf'];
  const medium = file['Roboto-Medium.ttf'];
  pdfMake.setFonts({ [PDF_FONT]: { normal: regular, bold: medium, italics: regular, bolditalics: medium } });
  // The document references no URLs and no files but the fonts: refusing everything else keeps every byte local.
  if (typeof pdfMake.setUrlAccessPolicy === 'function') pdfMake.setUrlAccessPolicy(() => false);
  if (typeof pdfMake.setLocalAccessPolicy === 'function')
    pdfMake.setLocalAccessPolicy((path) => path === regular || path === medium);
  return pdfMake;
}

export interface ToPdfOptions extends DocumentOptions {
  /** Whose document: the full plan (default) or one reader's. */
  reader?: ReaderId;
  /** Rendering progress, 0 to 1, reported at most once per tenth. */
  onProgress?: (share: number) => void;
}

export async function toPdf(plan: Plan, answers: Answers, opts: ToPdfOptions): Promise<Uint8Array> {
  const { reader = 'full', onProgress, ...documentOptions } = opts;
  return (await renderPdf(buildReaderDocument(reader, plan, answers, documentOptions), { onProgress })).bytes;
}

/** The squeezes a one-page document is tried at, loosest first. */
const SQUEEZES = [0, 1, 2];

/**
 * Any plan document as a PDF, with its page count. A one-page document is laid out again, tighter, while it runs
 * over a page; its content is bounded, so the tightest setting fits (a test checks every example and random plans).
 */
export async function renderPdf(
  doc: PlanDocument,
  opts: Pick<ToPdfOptions, 'onProgress'> = {},
): Promise<{ bytes: Uint8Array; pages: number }> {
  ready ??= setUp();
  ready.catch(() => (ready = undefined));
  const pdfMake = await ready;
  let last: { bytes: Uint8Array; pages: number } | undefined;
  for (const squeeze of doc.layout === 'one-page' ? SQUEEZES : [0]) {
    let pages = 0;
    const { definition } = buildPdfDefinition(doc, {
      squeeze,
      onPageCount: (n) => (pages = Math.max(pages, n)),
    });
    let reported = -1;
    // pdfmake's progress callback is global: set it for this document, and clear it so it cannot leak to the next.
    pdfMake.setProgressCallback((share: number) => {
      const tenth = Math.floor(share * 10);
      if (tenth > reported) {
        reported = tenth;
        opts.onProgress?.(tenth / 10);
      }
    });
    let buffer: Awaited<ReturnType<ReturnType<PdfMake['createPdf']>['getBuffer']>>;
    try {
      buffer = await pdfMake.createPdf(definition).getBuffer();
    } finally {
      pdfMake.setProgressCallback(() => undefined);
    }
    last = { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages };
    if (pages <= 1) break;
  }
  return last!;
}
