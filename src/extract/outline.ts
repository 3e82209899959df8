// The heading outline: lines that open with 一、（一）1. 1、（1）① markers, and Markdown headings.
import type { Heading, MarkerStyle } from '../model.js';
import { MARKERS } from '../lexicon/markers.js';
import { SECTION_TITLES } from '../lexicon/report.js';

/** A heading before positions are attached. */
export type RawHeading = Omit<Heading, 'span' | 'markerSpan' | 'level' | 'parent' | 'previousSibling' | 'groupStyle' | 'styleMix' | 'reusesParentStyle' | 'empty' | 'titleLike' | 'body'> & {
  start: number;
  end: number;
  markerStart: number;
  markerEnd: number;
};

/** The marker that would number the item after `number` in `style` (to spot inline lists). */
function nextMarker(style: MarkerStyle, number: number): RegExp | null {
  const n = number + 1;
  switch (style) {
    case 'arabic-dot':
      return new RegExp(`(?<![\\d.])${n}[.．](?![\\d])`);
    case 'arabic-dun':
      return new RegExp(`(?<![\\d.])${n}、`);
    case 'arabic-paren':
      return new RegExp(`[（(]${n}[）)]`);
    case 'circled':
      return n <= 20 ? new RegExp(String.fromCharCode(0x2460 + n - 1)) : null;
    default:
      return null;
  }
}

/** Read the heading marker at the start of a prose line, if any. */
export function scanHeading(text: string, offset: number, segment: number): RawHeading | undefined {
  const indent = text.length - text.replace(/^[ \t\u3000]+/, '').length;
  const rest = text.slice(indent);
  for (const { style, re, value } of MARKERS) {
    const m = re.exec(rest);
    if (!m) continue;
    const number = value(m[1]!);
    const after = rest.slice(m[0].length);
    const stop = after.search(/[。！？!?]/);
    const headingText = (stop === -1 ? after : after.slice(0, stop)).trim();
    const tail = stop === -1 ? '' : after.slice(stop + 1).trim();
    if (headingText === '') return undefined;
    // `1.让…2.按…3.对…` is a list inside a paragraph, not a heading.
    const next = nextMarker(style, number);
    if (next && next.test(after)) return undefined;
    const markerStart = offset + indent;
    return {
      style,
      number,
      marker: m[0],
      text: headingText,
      runOn: tail !== '',
      segment,
      start: markerStart,
      end: markerStart + m[0].length + (stop === -1 ? after.trimEnd().length : stop + 1),
      markerStart,
      markerEnd: markerStart + m[0].length,
    };
  }
  return undefined;
}

/** An unnumbered line that is a standard section title (`其他需要说明的情况`). */
export function scanUnnumberedHeading(text: string, offset: number, segment: number): RawHeading | undefined {
  const trimmed = text.trim().replace(/[。：:]$/, '');
  if (!SECTION_TITLES.includes(trimmed)) return undefined;
  const start = offset + text.indexOf(trimmed);
  return { style: 'none', number: 0, marker: '', text: trimmed, runOn: false, segment, start, end: start + trimmed.length, markerStart: start, markerEnd: start };
}
