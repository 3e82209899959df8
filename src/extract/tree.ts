// The outline tree: which heading sits under which, sibling sequences, mixed marker styles,
// sub-lists that reuse their parent's style, and empty sections.
import type { Heading, Segment } from '../model.js';

/** The longest heading text that can be a title rather than a sentence with a marker. */
export const TITLE_MAX_LENGTH = 40;

/** A heading before its place in the tree is known. */
export type FlatHeading = Omit<Heading, 'level' | 'parent' | 'previousSibling' | 'groupStyle' | 'styleMix' | 'reusesParentStyle' | 'empty' | 'titleLike' | 'body'>;

interface Open {
  index: number;
  /** The style the next sibling is matched by (the latest sibling's own style). */
  style: string;
  groupStyle: Heading['groupStyle'];
  number: number;
}

function styleKey(h: FlatHeading): string {
  return h.style === 'markdown' ? `md${h.depth}` : h.style;
}

/** A table of contents' title line. */
const CONTENTS = /^[#\s\u3000]*目[\s\u3000]*录[:：]?[\s\u3000]*$/;
/** A heading's text without the leader dots and page number a table of contents gives it. */
const entryKey = (h: FlatHeading) => h.text.replace(/[\s\u3000.．…·-]*\d*[\s\u3000]*$/, '').replace(/[\s\u3000]+/g, '');

/**
 * The headings a table of contents lists (目录, then 一、部门概况 … 五、改进措施): they are not the
 * report's sections, and would read as empty ones in a wrong order. The list runs from the 目录
 * line over heading lines (and blank ones) up to the first line of text that is not a heading, or
 * to the first heading that repeats one already listed, where the body starts.
 */
export function contentsEntries(flat: FlatHeading[], segments: Segment[]): Set<FlatHeading> {
  const entries = new Set<FlatHeading>();
  const title = segments.findIndex((s) => s.kind === 'line' && CONTENTS.test(s.text));
  if (title === -1) return entries;
  const bySegment = new Map(flat.map((h) => [h.segment, h]));
  const listed = new Set<string>();
  for (let i = title + 1; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind !== 'line') break;
    const heading = bySegment.get(i);
    if (!heading) {
      if (segment.text.trim() === '') continue;
      break;
    }
    const key = entryKey(heading);
    if (listed.has(key)) break;
    listed.add(key);
    entries.add(heading);
  }
  return entries;
}

/** Place headings in a tree and compute each section's body. */
export function buildTree(flat: FlatHeading[], segments: Segment[]): Heading[] {
  const out: Heading[] = flat.map((h) => ({
    ...h,
    level: 1,
    parent: null,
    previousSibling: null,
    groupStyle: h.style,
    styleMix: false,
    reusesParentStyle: false,
    empty: false,
    // A title has no clause punctuation and does not end like a sentence (list items do: `6、承办…工作。`).
    titleLike: h.runOn || (h.text.length <= TITLE_MAX_LENGTH && !/[，,；;]/.test(segments[h.segment]?.text ?? h.text) && !/[。；;]$/.test((segments[h.segment]?.text ?? '').trim())),
    body: { from: 0, to: 0 },
  }));
  const stack: Open[] = [];
  const push = (index: number, groupStyle: Heading['groupStyle']) => {
    const h = out[index]!;
    h.parent = stack.length ? stack[stack.length - 1]!.index : null;
    h.level = stack.length + 1;
    h.groupStyle = groupStyle;
    stack.push({ index, style: styleKey(flat[index]!), groupStyle, number: h.number });
  };
  const replace = (at: number, index: number, groupStyle: Heading['groupStyle']) => {
    const previous = stack[at]!;
    stack.length = at;
    const h = out[index]!;
    h.previousSibling = previous.index;
    h.groupStyle = groupStyle;
    push(index, groupStyle);
    out[index]!.previousSibling = previous.index;
  };

  flat.forEach((h, index) => {
    if (h.style === 'markdown') {
      while (stack.length && (flat[stack[stack.length - 1]!.index]!.style !== 'markdown' || (flat[stack[stack.length - 1]!.index]!.depth ?? 0) >= (h.depth ?? 0))) stack.pop();
      push(index, 'markdown');
      return;
    }
    if (h.style === 'none') {
      // A standard section title without a number: a sibling of the top numbered sections.
      const top = stack.findIndex((o) => flat[o.index]!.style !== 'markdown');
      if (top === -1) push(index, 'none');
      else replace(top, index, stack[top]!.groupStyle);
      return;
    }
    const key = styleKey(h);
    let same = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.style === key) {
        same = i;
        break;
      }
    }
    if (same !== -1) {
      const open = stack[same]!;
      // (After a `1、` another `1、` is a repeat, not a sub-list.)
      if (same === stack.length - 1 && h.number === 1 && open.number >= 2) {
        // `2、项目支出情况` then `1、专项资金…`: a sub-list in the parent's own style.
        push(index, h.style);
        out[index]!.reusesParentStyle = true;
        return;
      }
      replace(same, index, open.groupStyle);
      return;
    }
    if (h.number === 1) {
      push(index, h.style);
      return;
    }
    // `（一）` … `（2）`: a sibling numbered on from an open heading in another style.
    let sibling = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i]!;
      if (flat[o.index]!.style !== 'markdown' && flat[o.index]!.style !== 'none' && o.number === h.number - 1) {
        sibling = i;
        break;
      }
    }
    if (sibling === -1) {
      push(index, h.style);
      return;
    }
    const groupStyle = stack[sibling]!.groupStyle;
    replace(sibling, index, groupStyle);
    out[index]!.styleMix = groupStyle !== h.style;
  });

  // Bodies and empty sections, by segment index (segments are in document order).
  const blank = (i: number) => segments[i]!.text.trim() === '';
  // The next heading at the same level or above, for every heading, in one backward pass.
  const nextAtOrAbove: Array<Heading | undefined> = new Array(out.length);
  const pending: number[] = [];
  for (let i = out.length - 1; i >= 0; i--) {
    while (pending.length && out[pending[pending.length - 1]!]!.level > out[i]!.level) pending.pop();
    nextAtOrAbove[i] = pending.length ? out[pending[pending.length - 1]!] : undefined;
    pending.push(i);
  }
  out.forEach((h, index) => {
    const next = nextAtOrAbove[index];
    const nextAny = out[index + 1];
    const from = h.segment + 1;
    h.body = { from, to: next ? next.segment : segments.length };
    let contentBeforeNext = false;
    for (let i = from; i < (nextAny ? nextAny.segment : segments.length) && !contentBeforeNext; i++) contentBeforeNext = !blank(i);
    const childFollows = nextAny !== undefined && nextAny.level > h.level;
    h.empty = !h.runOn && !contentBeforeNext && !childFollows;
  });
  return out;
}
