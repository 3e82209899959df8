// The plain view of a source: Markdown syntax masked with spaces and full-width digits mapped to
// ASCII, keeping every offset (same length as the source), so regex offsets are source offsets.
import type { Nodes, Root } from 'mdast';
import type { Directive } from '../model.js';

/** A half-open range of source offsets. */
export interface Range {
  start: number;
  end: number;
}

/** What masking the tree yields. */
export interface PlainView {
  /** Same length as the source. */
  plain: string;
  /** Ranges of GFM tables (their cells are read from the tree). */
  gfmTables: Array<{ node: Extract<Nodes, { type: 'table' }>; range: Range }>;
  /** Ranges of fenced code: not report text. */
  skipped: Range[];
  /** Markdown (ATX/setext) headings: depth and text range. */
  markdownHeadings: Array<{ depth: number; range: Range; textRange: Range }>;
  directives: Directive[];
}

const FULL_WIDTH = /[０-９．％＋－]/g;
const FULL_WIDTH_GROUPING = /(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;
const DIRECTIVE = /^<!--\s*crossfoot-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

/** Map full-width digits and number punctuation to ASCII, one code unit for one (never NFKC). */
export function mapFullWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_GROUPING, ',')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}
function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

/** Build the plain view of `source` from its tree. */
export function buildPlain(source: string, tree: Root): PlainView {
  const masks: Range[] = [];
  const view: Omit<PlainView, 'plain'> = { gfmTables: [], skipped: [], markdownHeadings: [], directives: [] };

  const maskDelimiters = (node: Nodes & { children: Nodes[] }) => {
    const s = startOf(node);
    const e = endOf(node);
    if (s === undefined || e === undefined) return;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const fs = first ? startOf(first) : undefined;
    const le = last ? endOf(last) : undefined;
    if (fs === undefined || le === undefined) {
      masks.push({ start: s, end: e });
      return;
    }
    masks.push({ start: s, end: fs }, { start: le, end: e });
  };

  // Iterative walk: deeply nested input must not overflow the stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const s = startOf(node);
    const e = endOf(node);
    switch (node.type) {
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        maskDelimiters(node);
        break;
      case 'inlineCode':
        if (s !== undefined && e !== undefined) {
          const raw = source.slice(s, e);
          const inner = raw.indexOf(node.value);
          if (inner > 0) masks.push({ start: s, end: s + inner }, { start: s + inner + node.value.length, end: e });
        }
        break;
      case 'html':
        if (s !== undefined && e !== undefined) {
          masks.push({ start: s, end: e });
          const match = DIRECTIVE.exec(node.value.trim());
          if (match && node.position) {
            const indent = /^[ \t]*/.exec(source.slice(s, e))![0].length;
            view.directives.push({
              kind: match[1] as Directive['kind'],
              ruleIds: match[2]!.split(/[\s,]+/).filter((id) => id !== '' && id !== '--'),
              line: node.position.end.line,
              // The comment itself, after the indentation the node's position includes.
              span: { start: { line: node.position.start.line, column: node.position.start.column + indent, offset: s + indent }, end: { line: node.position.end.line, column: node.position.end.column, offset: e } },
            });
          }
        }
        break;
      case 'image':
      case 'definition':
      case 'thematicBreak':
      case 'imageReference':
      case 'footnoteDefinition':
        if (s !== undefined && e !== undefined) masks.push({ start: s, end: e });
        continue;
      case 'code': {
        // Fenced code is not report text; an indented "code block" is just indented prose.
        if (s !== undefined && e !== undefined && /^[ \t]*(```|~~~)/.test(source.slice(s, e))) {
          masks.push({ start: s, end: e });
          view.skipped.push({ start: s, end: e });
        }
        continue;
      }
      case 'heading':
        if (s !== undefined && e !== undefined) {
          const first = node.children[0];
          const last = node.children[node.children.length - 1];
          const ts = first ? startOf(first) ?? s : e;
          const te = last ? endOf(last) ?? e : e;
          masks.push({ start: s, end: ts }, { start: te, end: e });
          view.markdownHeadings.push({ depth: node.depth, range: { start: s, end: e }, textRange: { start: ts, end: te } });
        }
        break;
      case 'table':
        if (s !== undefined && e !== undefined) view.gfmTables.push({ node, range: { start: s, end: e } });
        break;
      default:
        break;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return { plain: applyMasks(mapFullWidth(source), masks), ...view };
}

/** Replace masked ranges with spaces, keeping line breaks so line numbers stay. */
function applyMasks(text: string, masks: Range[]): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of masks) {
    const s = Math.max(start, at);
    if (end <= s) continue;
    out += text.slice(at, s);
    out += text.slice(s, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
