// Prose as sentences of figures and the text between them. Lines broken by Word or PDF export in
// the middle of a sentence (`…津贴` / blank / `补贴 10.68 万元`) are joined back first.
import type { Figure, Heading, Segment } from '../model.js';

/** A figure in a sentence, with its parenthesis depth. */
export interface FigureToken {
  kind: 'figure';
  figure: Figure;
  depth: number;
}

/** Text between figures, white space removed. */
export interface TextToken {
  kind: 'text';
  text: string;
  /** Source offsets of its first character and past its last. */
  start: number;
  end: number;
}

/** One sentence (up to 。！？) of a logical paragraph. */
export interface Sentence {
  tokens: Array<FigureToken | TextToken>;
  paragraph: number;
  /** The text ends inside this sentence (an excerpt cut off mid-list): its last list may have lost parts. */
  truncated?: boolean;
}

const SENTENCE_END = /[。！？!?]/;
/** A line that ends like this has finished its sentence, or at least its clause. */
export const LINE_COMPLETE = /[。！？!?；;：:…”’」）)】]$/;

/** A line that reads as a title: no digit after its marker, no clause punctuation inside it. */
function isTitleLike(text: string): boolean {
  const body = text.trim().replace(/^(?:#+\s*)?(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]?)/, '');
  return !/[\d０-９]/.test(body) && !/[，,；;]/.test(body);
}

/**
 * Group prose lines into logical paragraphs, joining lines that a conversion broke mid-sentence.
 * Each comes with its number for the readers that look at the paragraph before: a title parted from
 * the lines after it only by its being a title (no blank line) shares their number, so the paragraph
 * before them is still the one before the title.
 */
export function logicalParagraphs(segments: Segment[], headings: Heading[]): Array<{ lines: number[]; number: number }> {
  const headingSegments = new Set(headings.map((h) => h.segment));
  const paragraphs: Array<{ lines: number[]; number: number }> = [];
  let current: number[] = [];
  let lastParagraph = -1;
  let lastText = '';
  let number = 0;
  let shareNumber = false;
  const push = () => {
    if (!current.length) return;
    paragraphs.push({ lines: current, number: shareNumber ? number : ++number });
    shareNumber = false;
  };
  segments.forEach((seg, index) => {
    if (seg.kind !== 'line') {
      push();
      current = [];
      lastText = '';
      return;
    }
    const text = seg.text.trim();
    const isHeading = headingSegments.has(index);
    // A heading that reads as a title (no figure, no clause in it) is a paragraph of its own, whether or
    // not a blank line parts it from the line after it; a numbered line that runs on (`1. 基本支出预算
    // 2476260.58 元,占一般公共预算支出` wrapped by a PDF copy) still joins it.
    const previous = current.length > 0 ? current[current.length - 1]! : -1;
    const afterHeading = previous >= 0 && headingSegments.has(previous) && isTitleLike(segments[previous]!.text);
    const sameParagraph = seg.paragraph === lastParagraph && !afterHeading;
    const continues = current.length > 0 && !isHeading && !afterHeading && lastText !== '' && !LINE_COMPLETE.test(lastText);
    if (!(sameParagraph && !isHeading) && !continues) {
      const titleOnly = afterHeading && seg.paragraph === lastParagraph;
      push();
      if (titleOnly) shareNumber = true;
      current = [];
    } else if (isHeading && current.length) {
      push();
      current = [];
    }
    current.push(index);
    lastParagraph = seg.paragraph;
    lastText = text;
  });
  push();
  return paragraphs;
}

/** Split logical paragraphs into sentences of figure and text tokens. */
export function buildSentences(segments: Segment[], figures: Figure[], headings: Heading[]): Sentence[] {
  const bySegment = new Map<number, Figure[]>();
  for (const f of figures) {
    if (f.kind === 'number') continue;
    const list = bySegment.get(f.segment) ?? [];
    list.push(f);
    bySegment.set(f.segment, list);
  }
  const sentences: Sentence[] = [];
  for (const { lines, number: paragraph } of logicalParagraphs(segments, headings)) {
    let tokens: Sentence['tokens'] = [];
    let depth = 0;
    /** Text of the source from `offset`: white space and `*` dropped, cut after each sentence end. */
    const pushText = (raw: string, offset: number) => {
      let text = '';
      let start = -1;
      let end = offset;
      const flush = () => {
        if (text !== '') tokens.push({ kind: 'text', text, start, end });
        text = '';
        start = -1;
      };
      for (let k = 0; k < raw.length; k++) {
        const ch = raw[k]!;
        if (/[\s\u3000*]/.test(ch)) continue;
        if (start < 0) start = offset + k;
        text += ch;
        end = offset + k + 1;
        if (ch === '（' || ch === '(') depth++;
        else if ((ch === '）' || ch === ')') && depth > 0) depth--;
        if (SENTENCE_END.test(ch)) {
          flush();
          sentences.push({ tokens, paragraph });
          tokens = [];
          depth = 0;
        }
      }
      flush();
    };
    for (const index of lines) {
      const seg = segments[index]!;
      let at = seg.start;
      const figs = (bySegment.get(index) ?? []).sort((a, b) => a.span.start.offset - b.span.start.offset);
      for (const f of figs) {
        pushText(seg.text.slice(at - seg.start, f.span.start.offset - seg.start), at);
        tokens.push({ kind: 'figure', figure: f, depth });
        at = f.span.end.offset;
      }
      pushText(seg.text.slice(at - seg.start), at);
    }
    if (tokens.length) sentences.push({ tokens, paragraph });
  }
  // A text that stops without ending its last sentence was cut off (`…其中行政编制30个、全额事业编制52个、差额`).
  const lastLine = [...segments].reverse().find((s) => s.text.trim() !== '');
  const last = sentences[sentences.length - 1];
  if (last && lastLine?.kind === 'line' && !LINE_COMPLETE.test(lastLine.text.trim())) last.truncated = true;
  return sentences.filter((s) => s.tokens.some((t) => t.kind === 'figure'));
}
