// Word documents: the body rendered as Markdown text (paragraphs as lines, heading styles as #,
// tables as GFM tables with merged cells spanning), with a map from text offsets back to runs so
// findings can be written into a copy as Word comments (docx-annotate.ts). Content controls, text
// boxes, nested tables, tracked changes and automatic numbering (docx-numbering.ts) are read as
// Word shows them. Unpacking with JSZip, XML with xmldom.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { INPUT } from '../messages.js';
import { InputError } from './decode.js';
import { Numbering } from './docx-numbering.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** An xmldom node. */
export type XmlNode = any;

/** The WordprocessingML namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A run's text and where it landed in the rendering. */
export interface RunSpan {
  /** Index of the run among the document's w:r elements in document order. */
  run: number;
  start: number;
  end: number;
}

/** A .docx rendered as text. */
export interface DocxText {
  text: string;
  runs: RunSpan[];
}

/** Element children of a node, optionally only those named `name`. */
export function children(node: XmlNode, name?: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (!name || c.nodeName === name)) out.push(c);
  return out;
}

/** An attribute's value, undefined when absent or empty. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.getAttribute?.(name) || undefined;
}

/** A paragraph style: its name, the style it is based on, and the numbering it gives. */
interface Style {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

function readStyles(stylesXml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!stylesXml) return styles;
  const doc = new DOMParser().parseFromString(stylesXml, 'text/xml') as XmlNode;
  const list = doc.getElementsByTagName('w:style');
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const numPr = children(children(s, 'w:pPr')[0] ?? { firstChild: null }, 'w:numPr')[0];
    const ilvl = attr(numPr && children(numPr, 'w:ilvl')[0], 'w:val');
    styles.set(id, {
      name: attr(children(s, 'w:name')[0], 'w:val') ?? '',
      basedOn: attr(children(s, 'w:basedOn')[0], 'w:val'),
      numId: attr(numPr && children(numPr, 'w:numId')[0], 'w:val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
    });
  }
  return styles;
}

const paragraphStyle = (p: XmlNode): string | undefined => attr(children(children(p, 'w:pPr')[0] ?? { firstChild: null }, 'w:pStyle')[0], 'w:val');

/** Heading level from a paragraph style (Heading1, 1, 标题 1, Title). */
function headingLevel(p: XmlNode, styles: Map<string, Style>): number {
  const id = paragraphStyle(p);
  if (!id) return 0;
  const name = (styles.get(id)?.name || id).toLowerCase().replace(/\s/g, '');
  const m = /^(?:heading|标题)(\d)$/.exec(name) ?? /^(\d)$/.exec(name);
  if (m) return Math.min(6, Number(m[1]));
  return name === 'title' ? 1 : 0;
}

/** The list and level of a paragraph: its own w:numPr, else its style's (through w:basedOn). */
function paragraphNumbering(p: XmlNode, styles: Map<string, Style>): { numId: string; ilvl: number } | undefined {
  const numPr = children(children(p, 'w:pPr')[0] ?? { firstChild: null }, 'w:numPr')[0];
  let numId = attr(numPr && children(numPr, 'w:numId')[0], 'w:val');
  const ownLevel = attr(numPr && children(numPr, 'w:ilvl')[0], 'w:val');
  let ilvl = ownLevel === undefined ? undefined : Number(ownLevel);
  const seen = new Set<string>();
  for (let id = paragraphStyle(p); id && !seen.has(id) && (numId === undefined || ilvl === undefined); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    numId ??= style?.numId;
    if (ilvl === undefined && style?.ilvl !== undefined) ilvl = style.ilvl;
  }
  // numId 0 switches numbering off.
  if (numId === undefined || numId === '0') return undefined;
  return { numId, ilvl: Number.isFinite(ilvl) ? ilvl! : 0 };
}

/** The reader of the formats table: a .docx as text. */
export async function readDocxText(bytes: Uint8Array, name: string): Promise<{ text: string }> {
  return { text: (await readDocx(bytes, name)).text };
}

/** Read a .docx into Markdown text and its run map. Throws InputError for a broken package. */
export async function readDocx(bytes: Uint8Array, name: string): Promise<DocxText & { zip: JSZip; documentXml: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError(INPUT.docxUnzip(name));
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new InputError(INPUT.docxNoDocument(name));
  const styles = readStyles(await zip.file('word/styles.xml')?.async('string'));
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const numbering = new Numbering(numberingXml ? (new DOMParser().parseFromString(numberingXml, 'text/xml') as XmlNode).documentElement : undefined);
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as XmlNode;
  const body = doc.getElementsByTagName('w:body')[0];
  if (!body) throw new InputError(INPUT.docxNoBody(name));
  return { ...render(doc, body, styles, numbering), zip, documentXml };
}

/** The pieces of a run that are text, each with the text it renders as (same length in and out of tables). */
export function runPieces(run: XmlNode, inCell: boolean): Array<{ node: XmlNode; text: string }> {
  const out: Array<{ node: XmlNode; text: string }> = [];
  for (const part of children(run)) {
    if (part.nodeName === 'w:t') out.push({ node: part, text: inCell ? (part.textContent ?? '').replace(/\|/g, '｜') : part.textContent ?? '' });
    else if (part.nodeName === 'w:tab') out.push({ node: part, text: inCell ? ' ' : '\t' });
    else if (part.nodeName === 'w:br' || part.nodeName === 'w:cr') out.push({ node: part, text: ' ' });
    else if (part.nodeName === 'w:noBreakHyphen') out.push({ node: part, text: '-' });
  }
  return out;
}

/** The alternative of an mc:AlternateContent that is read: the Choice, or the Fallback when there is none. */
function alternative(node: XmlNode): XmlNode | undefined {
  return children(node, 'mc:Choice')[0] ?? children(node, 'mc:Fallback')[0];
}

/** Text boxes (w:txbxContent) under a run's drawing or VML shape, one alternative of each mc:AlternateContent. */
function textBoxes(node: XmlNode, out: XmlNode[]): XmlNode[] {
  for (const c of children(node)) {
    if (c.nodeName === 'w:txbxContent') out.push(c);
    else if (c.nodeName === 'mc:AlternateContent') {
      const chosen = alternative(c);
      if (chosen) textBoxes(chosen, out);
    } else if (c.nodeName !== 'w:t') textBoxes(c, out);
  }
  return out;
}

/** Children named `name`, looking through content controls and custom XML that wrap them. */
function wrapped(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of children(node)) {
    if (c.nodeName === name) out.push(c);
    else if (c.nodeName === 'w:sdt') out.push(...wrapped(children(c, 'w:sdtContent')[0] ?? { firstChild: null }, name));
    else if (c.nodeName === 'w:customXml' || c.nodeName === 'w:ins' || c.nodeName === 'w:moveTo') out.push(...wrapped(c, name));
    else if (c.nodeName === 'mc:AlternateContent') out.push(...wrapped(alternative(c) ?? { firstChild: null }, name));
  }
  return out;
}

// Inline containers whose runs are read: links, tracked insertions, smart tags, simple fields.
const INLINE = new Set(['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:dir', 'w:bdo']);

/** Render the body; `runIndex` numbers w:r elements in document order. */
function render(doc: XmlNode, body: XmlNode, styles: Map<string, Style>, numbering: Numbering): DocxText {
  const allRuns = doc.getElementsByTagName('w:r');
  const runIndex = new Map<XmlNode, number>();
  for (let i = 0; i < allRuns.length; i++) runIndex.set(allRuns[i], i);
  let text = '';
  const runs: RunSpan[] = [];

  /** A paragraph's number and runs; text boxes found in it go to `boxes`. */
  const paragraphText = (p: XmlNode, inCell: boolean, boxes: XmlNode[]): void => {
    const numbered = paragraphNumbering(p, styles);
    if (numbered) {
      const number = numbering.next(numbered.numId, numbered.ilvl);
      text += inCell ? number.replace(/\|/g, '｜') : number;
    }
    const walk = (node: XmlNode) => {
      for (const c of children(node)) {
        if (c.nodeName === 'w:r') {
          const start = text.length;
          for (const piece of runPieces(c, inCell)) text += piece.text;
          if (text.length > start) runs.push({ run: runIndex.get(c)!, start, end: text.length });
          textBoxes(c, boxes);
        } else if (c.nodeName === 'w:sdt') {
          // A content control: its content, not its properties (placeholder, data binding).
          for (const content of children(c, 'w:sdtContent')) walk(content);
        } else if (c.nodeName === 'mc:AlternateContent') {
          const chosen = alternative(c);
          if (chosen) walk(chosen);
        } else if (INLINE.has(c.nodeName)) {
          walk(c);
        }
        // w:del and w:moveFrom (tracked deletions) are not read.
      }
    };
    walk(p);
  };

  const blankLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    if (text !== '' && !text.endsWith('\n\n')) text += '\n';
  };

  const table = (tbl: XmlNode): void => {
    // Tables nested in cells and text boxes in cells follow the table, so its grid stays one row per row.
    const after: XmlNode[] = [];
    // A GFM table needs a blank line before it.
    blankLine();
    const rows = wrapped(tbl, 'w:tr').filter((tr) => !children(children(tr, 'w:trPr')[0] ?? { firstChild: null }, 'w:del')[0]);
    let width = 0;
    rows.forEach((tr: XmlNode, r: number) => {
      text += '|';
      let count = 0;
      const trPr = children(tr, 'w:trPr')[0];
      const before = Number(attr(trPr && children(trPr, 'w:gridBefore')[0], 'w:val') ?? 0);
      for (let k = 0; k < before && k < 1000; k++, count++) text += '  |';
      for (const tc of wrapped(tr, 'w:tc')) {
        const pr = children(tc, 'w:tcPr')[0];
        const span = Number(attr(pr && children(pr, 'w:gridSpan')[0], 'w:val') ?? 1);
        const vMerge = pr && children(pr, 'w:vMerge')[0];
        const continued = vMerge && attr(vMerge, 'w:val') !== 'restart';
        text += ' ';
        if (!continued) {
          let paragraphs = 0;
          for (const block of wrappedBlocks(tc)) {
            if (block.nodeName === 'w:tbl') after.push(block);
            else {
              // Paragraphs of a cell on one line; an empty one (Word's after a nested table) adds nothing.
              const mark = text.length;
              if (paragraphs++ > 0) text += ' ';
              const start = text.length;
              paragraphText(block, true, after);
              if (text.length === start) text = text.slice(0, mark);
            }
          }
        }
        text += ' |';
        count++;
        // A cell merged across columns leaves the columns it covers empty.
        for (let k = 1; k < span && k < 1000; k++) {
          text += '  |';
          count++;
        }
      }
      if (r === 0) width = count;
      for (; count < width; count++) text += '  |';
      text += '\n';
      if (r === 0) text += `|${' --- |'.repeat(width)}\n`;
    });
    text += '\n';
    for (const block of after) {
      if (block.nodeName === 'w:tbl') table(block);
      else blocks(block);
    }
  };

  const paragraph = (p: XmlNode): void => {
    const level = headingLevel(p, styles);
    if (level) text += `${'#'.repeat(level)} `;
    const boxes: XmlNode[] = [];
    paragraphText(p, false, boxes);
    text += '\n';
    // A text box's paragraphs follow the paragraph it is anchored in.
    for (const box of boxes) blocks(box);
  };

  const blocks = (container: XmlNode): void => {
    for (const block of wrappedBlocks(container)) {
      if (block.nodeName === 'w:p') paragraph(block);
      else table(block);
    }
  };

  blocks(body);
  return { text, runs };
}

/** The paragraphs and tables of a container in order, looking through content controls. */
function wrappedBlocks(container: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of children(container)) {
    if (c.nodeName === 'w:p' || c.nodeName === 'w:tbl') out.push(c);
    else if (c.nodeName === 'w:sdt') for (const content of children(c, 'w:sdtContent')) out.push(...wrappedBlocks(content));
    else if (c.nodeName === 'w:customXml' || c.nodeName === 'w:ins' || c.nodeName === 'w:moveTo') out.push(...wrappedBlocks(c));
    else if (c.nodeName === 'mc:AlternateContent') {
      const chosen = alternative(c);
      if (chosen) out.push(...wrappedBlocks(chosen));
    }
  }
  return out;
}

// Annotation lives in its own module; the CLI imports it from here.
export { annotateDocx, type Annotation } from './docx-annotate.js';
