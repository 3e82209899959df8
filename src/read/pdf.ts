// Born-digital PDF files: the text layer read with pdf.js (on the main thread, no worker), laid out
// as Markdown by pdf-layout.ts (bordered tables by the ruling lines the pages draw, pdf-grid.ts),
// each line noting its page. Scans, encrypted, damaged and non-PDF files are refused in one
// sentence.
import { pathToFileURL } from 'node:url';
import { importModule, requireBuiltin } from '../lazy.js';
import { INPUT, type Text } from '../messages.js';
import { InputError } from './decode.js';
import { layoutPages, readGrids, rulingsOf, type GridTable, type Ruling } from './pdf-grid.js';
import { dropRunning, joinLines, writeBlocks, type PdfLine, type TextPiece } from './pdf-layout.js';
import type { ReadText } from './source.js';

/** Most pages crossfoot reads from one PDF; a longer file is refused before its pages are read. */
export const MAX_PDF_PAGES = 1000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, with its worker's message handler on the main thread (`globalThis.pdfjsWorker`, which
 * pdf.js uses instead of starting a worker). pdf.js (3 MB) is loaded from node_modules, not from
 * the CLI bundle, and only when a PDF is read. Loading it warns on the console that the canvas
 * package is missing (needed only to render); those warnings are held back.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) warn(...args);
    };
    try {
      const lib = (await importModule(pdfJsUrl('pdf.mjs'))) as PdfJs;
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await importModule(pdfJsUrl('pdf.worker.mjs'));
      return lib;
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjs;
}

/** The URL of a module of pdf.js's legacy build (the one for Node.js), imported at run time, not bundled. */
function pdfJsUrl(file: string): string {
  return pathToFileURL(requireBuiltin.resolve(`pdfjs-dist/legacy/build/${file}`)).href;
}

/** Whether the bytes hold the `%PDF-` header (the format lets a little junk come before it). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** The reader of the formats table: a PDF's text layer as Markdown, each line's page noted. */
export async function readPdfText(bytes: Uint8Array, name: string): Promise<ReadText> {
  if (!hasPdfHeader(bytes)) {
    const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
    const looksHtml = head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') || head.startsWith('<');
    throw new InputError(INPUT.notPdf(name, looksHtml));
  }
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given; give it a copy so the caller's stays intact.
  const task = lib.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: true });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      throw new InputError(describeOpenError(name, error));
    }
    if (document.numPages > MAX_PDF_PAGES) {
      throw new InputError(INPUT.pdfTooLong(name, document.numPages, MAX_PDF_PAGES));
    }
    const pages: PdfLine[][] = [];
    const tables: GridTable[][] = [];
    let pieces = 0;
    for (let n = 1; n <= document.numPages; n++) {
      let items: TextPiece[];
      let rulings: Ruling[] = [];
      try {
        const page = await document.getPage(n);
        const content = await page.getTextContent();
        items = [];
        for (const item of content.items) {
          // White space is kept (a space between two runs of text), but counts as no text.
          if (!('str' in item) || item.str === '') continue;
          const [a, b, , , x, y] = item.transform as number[];
          // Rotated text (a watermark, a vertical stamp) is no part of the reading order.
          if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
          items.push({ text: item.str, x: x!, y: y!, width: item.width, height: item.height || Math.abs(a!) });
        }
        // The ruling lines of bordered tables, on a page with text to put in them (reading a
        // page's drawing costs about half as much again as its text). A page whose drawing
        // cannot be read is read by its text alone.
        if (items.some((item) => item.text.trim() !== '')) {
          try {
            const operators = await page.getOperatorList();
            rulings = rulingsOf(operators.fnArray, operators.argsArray, lib.OPS);
          } catch {
            rulings = [];
          }
        }
        page.cleanup();
      } catch {
        throw new InputError(INPUT.pdfBadPage(name, n));
      }
      pieces += items.filter((item) => item.text.trim() !== '').length;
      const grids = readGrids(items, rulings, n);
      pages.push(joinLines(grids.rest, n));
      tables.push(grids.tables);
    }
    if (pieces === 0) {
      throw new InputError(INPUT.pdfNoText(name));
    }
    return writeBlocks(layoutPages(dropRunning(pages).map((lines, k) => ({ lines, tables: tables[k]! }))));
  } finally {
    await task.destroy();
  }
}

/** One sentence for a PDF that pdf.js cannot open. */
function describeOpenError(name: string, error: unknown): Text {
  const kind = (error as { name?: string } | undefined)?.name;
  if (kind === 'PasswordException') return INPUT.pdfEncrypted(name);
  return INPUT.pdfDamaged(name);
}
