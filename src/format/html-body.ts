// The review page's report text: the source rendered as the reader sees it (headings, paragraphs,
// tables as tables), with every figure that took part in a relation, and every finding's place, marked.
import type { Content, Parent, Root } from 'mdast';
import type { RelationCoverage } from '../coverage.js';
import type { LintResult, MessageRange } from '../lint.js';
import { parse } from '../parse.js';
import type { CoverageWords } from './coverage-text.js';

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One marked stretch of the source. */
interface Mark {
  start: number;
  end: number;
  /** failed-error > failed-warning > part of a failed relation > skipped > held: a figure in several relations shows the worst. */
  rank: number;
  tips: string[];
  id: string;
  /** Its first piece is rendered (it carries the id). */
  placed?: boolean;
}

const RANK_CLASS = ['held', 'skipped', 'part', 'warn', 'error'] as const;

/** The marks of one report, and the element id each source place ended up in. */
export interface MarkedReport {
  html: string;
  /** The id of the mark holding a place (`line:column:endLine:endColumn`). */
  idOf(place: MessageRange): string | undefined;
}

/** Offsets of line starts, lines split the way positions count them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const m of source.matchAll(/\r\n|\n|\r/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Render one report's text with its relations' figures and its findings' places marked. */
export function renderReport(result: LintResult, prefix: string, words: CoverageWords): MarkedReport {
  const source = result.source;
  const starts = lineStarts(source);
  const offset = (line: number, column: number) => Math.min(source.length, (starts[line - 1] ?? source.length) + column - 1);
  const span = (p: MessageRange): [number, number] => {
    const start = offset(p.line, p.column);
    const end = offset(p.endLine, p.endColumn);
    return [start, Math.min(source.length, Math.max(end, start + 1))];
  };

  const raw: Array<{ start: number; end: number; rank: number; tip?: string; key: string }> = [];
  const rankOf = (r: RelationCoverage) => (r.status === 'held' ? 0 : r.status === 'skipped' ? 1 : r.severity === 2 ? 4 : 3);
  for (const relation of result.relations ?? []) {
    const status = relation.status === 'skipped' && relation.reason ? `${words.kinds.skipped}${words.parenthesis(words.reasons[relation.reason])}` : words.kinds[relation.status];
    const tip = relation.expression ? `${relation.expression} · ${status}` : status;
    // The stated figure (a total, a rate, a share) carries the verdict; the figures it is checked
    // against are marked as parts of a failed relation, not as wrong themselves.
    relation.figures.forEach((place, i) => {
      const [start, end] = span(place);
      raw.push({ start, end, rank: i === 0 || relation.status !== 'failed' ? rankOf(relation) : 2, tip, key: keyOf(place) });
    });
  }
  for (const m of result.messages) {
    const [start, end] = span(m);
    raw.push({ start, end, rank: m.severity === 2 ? 4 : 3, tip: m.message, key: keyOf(m) });
    for (const r of m.related ?? []) {
      const [rs, re] = span(r);
      // A place a finding names beside its own (the other heading of a mixed sequence) is part of what failed.
      raw.push({ start: rs, end: re, rank: 2, key: keyOf(r) });
    }
  }
  // Overlapping places become one mark (a phrase holding its figure): every place keeps a target.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  const idByKey = new Map<string, string>();
  for (const r of raw) {
    let mark = marks[marks.length - 1];
    if (!mark || r.start >= mark.end) {
      mark = { start: r.start, end: r.end, rank: r.rank, tips: [], id: `${prefix}-f${marks.length}` };
      marks.push(mark);
    } else {
      mark.end = Math.max(mark.end, r.end);
      mark.rank = Math.max(mark.rank, r.rank);
    }
    if (r.tip && !mark.tips.includes(r.tip)) mark.tips.push(r.tip);
    if (!idByKey.has(r.key)) idByKey.set(r.key, mark.id);
  }

  const html = source === '' ? '' : renderBlocks(source, marks);
  return { html, idOf: (place) => idByKey.get(keyOf(place)) };
}

const keyOf = (p: MessageRange) => `${p.line}:${p.column}:${p.endLine}:${p.endColumn}`;

/** The report's blocks from its Markdown tree, each rendered from its source slice. */
function renderBlocks(source: string, marks: Mark[]): string {
  const tree: Root = parse(source);
  let cursor = 0; // index of the first mark not yet wholly rendered
  /** Source [start, end) as escaped text with marks; a mark crossing the slice's edge is cut at it. */
  const inline = (start: number, end: number): string => {
    while (cursor < marks.length && marks[cursor]!.end <= start) cursor++;
    let out = '';
    let at = start;
    for (let i = cursor; i < marks.length && marks[i]!.start < end; i++) {
      const mark = marks[i]!;
      const from = Math.max(at, mark.start);
      const to = Math.min(end, mark.end);
      if (to <= from) continue;
      out += text(at, from);
      // The first piece rendered of a mark carries its id (the target of findings); a mark that
      // starts in markup (a table cell's padding) is placed where its text begins.
      const first = !mark.placed;
      mark.placed = true;
      const tip = mark.tips.join('\n');
      out += `<mark class="cf ${RANK_CLASS[mark.rank]}"${first ? ` id="${mark.id}" tabindex="0"` : ''}${tip ? ` data-tip="${escapeHtml(tip)}"` : ''}>${text(from, to)}</mark>`;
      at = to;
    }
    return out + text(at, end);
  };
  const text = (start: number, end: number) => escapeHtml(source.slice(start, end)).replace(/\r\n|\n|\r/g, '<br>');
  const startOf = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
  const endOf = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;
  const inner = (n: Parent) => (n.children.length ? inline(startOf(n.children[0]!), endOf(n.children[n.children.length - 1]!)) : '');

  const block = (node: Content): string => {
    switch (node.type) {
      case 'heading':
        return `<h${Math.min(6, node.depth + 2)} class="h">${inner(node)}</h${Math.min(6, node.depth + 2)}>`;
      case 'paragraph':
        return `<p>${inline(startOf(node), endOf(node))}</p>`;
      case 'table':
        return `<div class="tw"><table>${node.children
          .map((row, r) => `<tr>${row.children.map((cell) => (r === 0 ? `<th>${inner(cell)}</th>` : `<td>${inner(cell)}</td>`)).join('')}</tr>`)
          .join('')}</table></div>`;
      case 'list':
        return `<${node.ordered ? 'ol' : 'ul'}>${node.children.map((item) => `<li>${item.children.map(block).join('')}</li>`).join('')}</${node.ordered ? 'ol' : 'ul'}>`;
      case 'blockquote':
        return `<blockquote>${node.children.map(block).join('')}</blockquote>`;
      case 'code':
        return `<pre>${inline(startOf(node), endOf(node))}</pre>`;
      case 'thematicBreak':
        return '<hr>';
      case 'html':
        // Markup in a report is text to the reader (escaped); a comment (crossfoot-disable) is not.
        return /^\s*<!--/.test(node.value) ? '' : `<p>${inline(startOf(node), endOf(node))}</p>`;
      default:
        // Definitions and the like: not part of the report as read.
        return '';
    }
  };
  return tree.children.map((n) => block(n as Content)).join('\n');
}
