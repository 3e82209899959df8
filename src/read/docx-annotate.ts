// Findings written into a copy of a Word document as comments (author crossfoot), each anchored on
// exactly its figure: the run holding it is split there, every part keeping the run's w:rPr.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { MessageRange } from '../lint.js';
import { splitLines } from '../extract/segments.js';
import { attr, children, readDocx, runPieces, W, type RunSpan, type XmlNode } from './docx.js';

/** A run, or a part of one split off for a comment, and the stretch of the rendering it holds. */
interface RunPart {
  node: XmlNode;
  start: number;
  end: number;
}

// Runs holding only these can be split at any character; others (fields, drawings) are anchored whole.
const SPLITTABLE = new Set(['w:rPr', 'w:t', 'w:tab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:lastRenderedPageBreak']);

/**
 * Split `part`'s run at rendering offset `at`: the run keeps the text before it, a new run after it
 * (with a copy of the run's w:rPr) takes the rest. Returns the new run.
 */
function splitRun(doc: XmlNode, part: RunPart, at: number): XmlNode {
  const run = part.node;
  const right = doc.createElementNS(W, 'w:r');
  const rPr = children(run, 'w:rPr')[0];
  if (rPr) right.appendChild(rPr.cloneNode(true));
  const lengths = new Map(runPieces(run, false).map((p) => [p.node, p.text.length]));
  let offset = part.start;
  for (const c of children(run)) {
    if (c.nodeName === 'w:rPr') continue;
    const length = lengths.get(c) ?? 0;
    if (offset >= at) right.appendChild(c);
    else if (offset + length > at) {
      // A w:t across the split: its text divided between the two runs.
      const value = c.textContent ?? '';
      while (c.firstChild) c.removeChild(c.firstChild);
      c.appendChild(doc.createTextNode(value.slice(0, at - offset)));
      c.setAttribute('xml:space', 'preserve');
      const t = doc.createElementNS(W, 'w:t');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(doc.createTextNode(value.slice(at - offset)));
      right.appendChild(t);
    }
    offset += length;
  }
  run.parentNode.insertBefore(right, run.nextSibling);
  return right;
}

/**
 * The run part that begins (`side` start) or ends (`side` end) at rendering offset `at` inside
 * the run of `span`, splitting the run there if it can be split; the whole run otherwise.
 */
function pieceAt(doc: XmlNode, span: RunSpan, runNodes: XmlNode[], pieces: Map<number, RunPart[]>, at: number, side: 'start' | 'end'): XmlNode {
  let parts = pieces.get(span.run);
  if (!parts) {
    parts = [{ node: runNodes[span.run], start: span.start, end: span.end }];
    pieces.set(span.run, parts);
  }
  const i = parts.findIndex((p) => (side === 'start' ? p.start <= at && at < p.end : p.start < at && at <= p.end));
  const part = parts[i === -1 ? (side === 'start' ? 0 : parts.length - 1) : i]!;
  const canSplit = i !== -1 && children(part.node).every((c: XmlNode) => SPLITTABLE.has(c.nodeName));
  if (!canSplit || at === (side === 'start' ? part.start : part.end)) return part.node;
  const right = splitRun(doc, part, at);
  parts.splice(parts.indexOf(part) + 1, 0, { node: right, start: at, end: part.end });
  part.end = at;
  return side === 'start' ? right : part.node;
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

  // The parts a run has been split into so far, each with the stretch of the rendering it holds.
  const pieces = new Map<number, RunPart[]>();
  for (const a of annotations) {
    const start = (starts[a.line - 1] ?? 0) + a.column - 1;
    const end = (starts[a.endLine - 1] ?? 0) + a.endColumn - 1;
    const hit = runs.filter((r) => r.start < Math.max(end, start + 1) && r.end > start);
    if (hit.length === 0) continue;
    const first = pieceAt(doc, hit[0]!, runNodes, pieces, start, 'start');
    const last = pieceAt(doc, hit[hit.length - 1]!, runNodes, pieces, Math.max(end, start + 1), 'end');
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
