// Word documents: the body rendered as Markdown text (paragraphs as lines, heading styles as #,
// tables as GFM tables with merged cells spanning), with a map from text offsets back to runs so
// findings can be written into a copy as Word comments. Unpacking with JSZip, XML with xmldom.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { MessageRange } from '../lint.js';
import { splitLines } from '../extract/segments.js';
import { InputError } from './decode.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type XmlNode = any;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

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

function children(node: XmlNode, name?: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (!name || c.nodeName === name)) out.push(c);
  return out;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.getAttribute?.(name) ?? undefined;
}

/** Heading level from a paragraph style (Heading1, 1, 标题 1, Title). */
function headingLevel(p: XmlNode, styles: Map<string, string>): number {
  const id = attr(children(children(p, 'w:pPr')[0] ?? { firstChild: null }, 'w:pStyle')[0], 'w:val');
  if (!id) return 0;
  const name = (styles.get(id) ?? id).toLowerCase().replace(/\s/g, '');
  const m = /^(?:heading|标题)(\d)$/.exec(name) ?? /^(\d)$/.exec(name);
  if (m) return Math.min(6, Number(m[1]));
  return name === 'title' ? 1 : 0;
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
    throw new InputError(`${name} is not a valid .docx file (it cannot be unzipped).`);
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new InputError(`${name} is not a Word document (it has no word/document.xml).`);
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const styles = new Map<string, string>();
  if (stylesXml) {
    const doc = new DOMParser().parseFromString(stylesXml, 'text/xml') as XmlNode;
    const list = doc.getElementsByTagName('w:style');
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const nameNode = children(s, 'w:name')[0];
      if (attr(s, 'w:styleId') && nameNode) styles.set(attr(s, 'w:styleId')!, attr(nameNode, 'w:val') ?? '');
    }
  }
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as XmlNode;
  const body = doc.getElementsByTagName('w:body')[0];
  if (!body) throw new InputError(`${name} is not a Word document (it has no body).`);
  return { ...render(doc, body, styles), zip, documentXml };
}

/** Render the body; `runIndex` numbers w:r elements in document order. */
function render(doc: XmlNode, body: XmlNode, styles: Map<string, string>): DocxText {
  const allRuns = doc.getElementsByTagName('w:r');
  const runIndex = new Map<XmlNode, number>();
  for (let i = 0; i < allRuns.length; i++) runIndex.set(allRuns[i], i);
  let text = '';
  const runs: RunSpan[] = [];

  const paragraphText = (p: XmlNode, escapePipes: boolean): void => {
    const walk = (node: XmlNode) => {
      for (const c of children(node)) {
        if (c.nodeName === 'w:r') {
          const start = text.length;
          for (const part of children(c)) {
            if (part.nodeName === 'w:t') text += escapePipes ? (part.textContent ?? '').replace(/\|/g, '｜') : part.textContent ?? '';
            else if (part.nodeName === 'w:tab') text += escapePipes ? ' ' : '\t';
            else if (part.nodeName === 'w:br' || part.nodeName === 'w:cr') text += ' ';
          }
          if (text.length > start) runs.push({ run: runIndex.get(c)!, start, end: text.length });
        } else if (c.nodeName === 'w:hyperlink' || c.nodeName === 'w:ins' || c.nodeName === 'w:smartTag' || c.nodeName === 'w:sdt' || c.nodeName === 'w:sdtContent' || c.nodeName === 'w:fldSimple') {
          walk(c);
        }
      }
    };
    walk(p);
  };

  const blockLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };

  for (const block of children(body)) {
    if (block.nodeName === 'w:p') {
      const level = headingLevel(block, styles);
      if (level) text += `${'#'.repeat(level)} `;
      paragraphText(block, false);
      text += '\n';
    } else if (block.nodeName === 'w:tbl') {
      // A GFM table needs a blank line before it.
      blockLine();
      if (text !== '' && !text.endsWith('\n\n')) text += '\n';
      const rows = children(block, 'w:tr');
      let width = 0;
      rows.forEach((tr: XmlNode, r: number) => {
        const cells = children(tr, 'w:tc');
        text += '|';
        let count = 0;
        for (const tc of cells) {
          const pr = children(tc, 'w:tcPr')[0];
          const span = Number(attr(pr && children(pr, 'w:gridSpan')[0], 'w:val') ?? 1);
          const vMerge = pr && children(pr, 'w:vMerge')[0];
          const continued = vMerge && attr(vMerge, 'w:val') !== 'restart';
          text += ' ';
          if (!continued) {
            children(tc, 'w:p').forEach((p: XmlNode, i: number) => {
              if (i > 0) text += ' ';
              paragraphText(p, true);
            });
          }
          text += ' |';
          count++;
          // A cell merged across columns leaves the columns it covers empty.
          for (let k = 1; k < span; k++) {
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
    }
  }
  return { text, runs };
}

/** A finding to write into the document as a comment. */
export interface Annotation extends MessageRange {
  text: string;
}

/** Write a copy of the document with one Word comment (author crossfoot) on the runs of each finding. */
export async function annotateDocx(bytes: Uint8Array, name: string, annotations: Annotation[]): Promise<Uint8Array> {
  const { zip, documentXml, text, runs } = await readDocx(bytes, name);
  // Lines as the extract stage counts them, so a finding's line:column lands on the same text.
  const starts = splitLines(text).map((line) => line.start);
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as XmlNode;
  const allRuns = doc.getElementsByTagName('w:r');
  const runNodes: XmlNode[] = [];
  for (let i = 0; i < allRuns.length; i++) runNodes.push(allRuns[i]);

  const commentsPath = 'word/comments.xml';
  const existing = await zip.file(commentsPath)?.async('string');
  const comments = new DOMParser().parseFromString(existing ?? `<w:comments xmlns:w="${W}"/>`, 'text/xml') as XmlNode;
  const root = comments.documentElement;
  let nextId = 0;
  const used = comments.getElementsByTagName('w:comment');
  for (let i = 0; i < used.length; i++) nextId = Math.max(nextId, Number(attr(used[i], 'w:id') ?? -1) + 1);
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  for (const a of annotations) {
    const start = (starts[a.line - 1] ?? 0) + a.column - 1;
    const end = (starts[a.endLine - 1] ?? 0) + a.endColumn - 1;
    const hit = runs.filter((r) => r.start < Math.max(end, start + 1) && r.end > start);
    if (hit.length === 0) continue;
    const first = runNodes[hit[0]!.run];
    const last = runNodes[hit[hit.length - 1]!.run];
    const id = String(nextId++);
    const rangeStart = doc.createElementNS(W, 'w:commentRangeStart');
    rangeStart.setAttribute('w:id', id);
    first.parentNode.insertBefore(rangeStart, first);
    const rangeEnd = doc.createElementNS(W, 'w:commentRangeEnd');
    rangeEnd.setAttribute('w:id', id);
    const refRun = doc.createElementNS(W, 'w:r');
    const ref = doc.createElementNS(W, 'w:commentReference');
    ref.setAttribute('w:id', id);
    refRun.appendChild(ref);
    last.parentNode.insertBefore(rangeEnd, last.nextSibling);
    last.parentNode.insertBefore(refRun, rangeEnd.nextSibling);

    const comment = comments.createElementNS(W, 'w:comment');
    comment.setAttribute('w:id', id);
    comment.setAttribute('w:author', 'crossfoot');
    comment.setAttribute('w:initials', 'CF');
    comment.setAttribute('w:date', date);
    const p = comments.createElementNS(W, 'w:p');
    const r = comments.createElementNS(W, 'w:r');
    const t = comments.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(comments.createTextNode(a.text));
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
    root.appendChild(comment);
  }

  const serializer = new XMLSerializer();
  zip.file('word/document.xml', serializer.serializeToString(doc));
  zip.file(commentsPath, serializer.serializeToString(comments));
  if (!existing) {
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = (await zip.file(relsPath)?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(relsPath, rels.replace('</Relationships>', '<Relationship Id="rIdCrossfootComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')?.async('string');
    if (types && !types.includes('/word/comments.xml')) {
      zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
