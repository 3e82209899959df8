// Totals and their parts: `X，其中：A、B`, `X（A，B，C）`, `包括`, `分别为`, `主要包括…等`,
// a sentence that opens with 其中, and the known identities of budget reports.
import type { Figure, SumRelation } from '../../model.js';
import type { Sentence } from '../sentences.js';
import { figureIndices, measureOf, normalizeLabel, textAfter, tokenAt } from './tokens.js';

const INTRO = /^[，,、]?(?:其中|包括|主要包括|主要有|主要为|主要用于|主要是|分别为|分别是|含|由)[:：，,]?/;
const LEAD_CLAUSE_QIZHONG = /^[^，,；;。（()）]{1,20}[，,]其中[:：，,]?/;
const PARTIAL_INTRO = /^[，,、]?(?:主要包括|主要有|主要为|主要用于|主要是)/;
const NESTED_INTRO = /(?:其中|包括|主要包括|主要有|主要为|主要用于|主要是|分别为|分别是)/;
const SEMICOLON = /[；;]/;
/** 等 right after the last listed figure (`…6.92万元等`) marks a partial list; `安置等6.33万元` names one item. */
const ETC = /^等/;

function dedupe(lists: number[][]): number[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join(',');
    if (l.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The readings of a list of parts that starts after token `from` (exclusive) at `depth`. */
function listReadings(sentence: Sentence, from: number, depth: number, measure: 'amount' | 'count', withPrefixes: boolean, unit?: string): { readings: number[][]; etc: boolean } | null {
  const flat: number[] = [];
  const structured: number[] = [];
  const beforeSemicolon: number[] = [];
  const semicolonHeads: number[] = [];
  let seenSemicolon = false;
  let headTaken = false;
  let nested = false;
  let etc = false;
  for (let i = from + 1; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i]!;
    if (t.kind === 'text') {
      const afterFigure = sentence.tokens[i - 1]?.kind === 'figure';
      if (SEMICOLON.test(t.text)) {
        seenSemicolon = true;
        headTaken = false;
        nested = false;
      }
      if (afterFigure && ETC.test(t.text) && flat.length > 0) etc = true;
      continue;
    }
    if (t.depth !== depth || measureOf(t.figure) === null) continue;
    if (measureOf(t.figure) !== measure) continue;
    // Counts add up only within one measure word (场次 with 场次, not 人次).
    if (measure === 'count' && unit !== undefined && t.figure.unit !== unit) continue;
    // A list whose first part comes after a ； is not this total's list.
    if (flat.length === 0 && seenSemicolon) return null;
    flat.push(t.figure.id);
    if (!seenSemicolon) beforeSemicolon.push(t.figure.id);
    if (!headTaken) {
      semicolonHeads.push(t.figure.id);
      headTaken = true;
    }
    if (!nested) {
      structured.push(t.figure.id);
      // A part followed by its own list (包括…) owns the figures up to the next ；.
      let after = '';
      for (let j = i + 1; j < sentence.tokens.length; j++) {
        const u = sentence.tokens[j]!;
        if (u.kind === 'figure') {
          if (u.figure.kind === 'percentage') continue;
          break;
        }
        after += u.text;
      }
      if (NESTED_INTRO.test(after) && !SEMICOLON.test(after.split(NESTED_INTRO)[0] ?? '')) nested = true;
    }
  }
  if (flat.length === 0) return null;
  // A one-part reading of a longer list would excuse any total: keep it only for one-part lists.
  // (The structured reading may have one part: the others belong to that part's own list.)
  const readings = [structured, ...[flat, beforeSemicolon, semicolonHeads].filter((r) => r.length > 1 || flat.length === 1)];
  // 其中 may list overlapping breakdowns, and a part's own list may run on past a ；: try prefixes.
  if (withPrefixes) {
    for (let n = 2; n < structured.length; n++) readings.push(structured.slice(0, n));
    for (let n = 2; n < flat.length; n++) readings.push(flat.slice(0, n));
  }
  const unique = dedupe(readings);
  return unique.length ? { readings: unique, etc } : null;
}

/** The text after token `i` past a share clause (`，占 83.44%`), or undefined if there is none. */
function skipShareClause(sentence: Sentence, i: number): string | undefined {
  const next = sentence.tokens[i + 2];
  const gap = sentence.tokens[i + 1];
  if (gap?.kind !== 'text' || !/^[，,]?占[^，,；;。]*$/.test(gap.text)) return undefined;
  if (next?.kind !== 'figure' || next.figure.kind !== 'percentage') return undefined;
  return textAfter(sentence, i + 2);
}

/** A figure that states a change (`比上年减少412.35万元`) is not the total a list of parts belongs to. */
const CHANGE_LABEL = /比上年|较上年|比去年|较去年|同比|增加|减少|增长|下降|上升|降低|提高|节约|超支|结转|结余/;

function isChange(f: Figure): boolean {
  return CHANGE_LABEL.test(f.label);
}

function figureOk(f: Figure): boolean {
  return f.approx === undefined && f.value.gte(0);
}

/** Sum relations stated inside sentences. */
export function findSentenceSums(sentences: Sentence[], figures: Figure[]): SumRelation[] {
  const relations: SumRelation[] = [];
  sentences.forEach((sentence, sIndex) => {
    const indices = figureIndices(sentence);
    for (const i of indices) {
      let totalToken = tokenAt(sentence, i);
      const measure = measureOf(totalToken.figure);
      if (!measure || !figureOk(totalToken.figure)) continue;
      const after = textAfter(sentence, i);
      let readings: { readings: number[][]; etc: boolean } | null = null;
      let wording = '';
      let partial = false;
      if (/^[（(]/.test(after)) {
        // X（A，B，C）: the parts are the figures one level down, up to the closing parenthesis.
        const parts: number[] = [];
        let etc = false;
        for (let j = i + 1; j < sentence.tokens.length; j++) {
          const t = sentence.tokens[j]!;
          if (t.kind === 'text') {
            if ((sentence.tokens[j - 1]?.kind === 'figure' && ETC.test(t.text)) || /主要/.test(t.text)) etc = true;
            continue;
          }
          if (t.depth <= totalToken.depth) break;
          if (t.depth === totalToken.depth + 1 && measureOf(t.figure) === measure && (measure === 'amount' || t.figure.unit === totalToken.figure.unit)) parts.push(t.figure.id);
        }
        if (parts.length === 0) continue;
        const list = [parts];
        for (let n = 2; n < parts.length; n++) list.push(parts.slice(0, n));
        readings = { readings: list, etc };
        wording = '（）';
      } else {
        // `人员经费 62.27 万元，占 83.44%，主要包括：…`: look past the figure's own share clause;
        // `X万元用于Y专项，其中：…` puts one clause between the total and its list.
        const afterShare = skipShareClause(sentence, i) ?? after;
        const intro = INTRO.exec(afterShare) ?? LEAD_CLAUSE_QIZHONG.exec(afterShare);
        if (!intro) continue;
        if (intro[0].includes('由') && !/构成|组成/.test(sentence.tokens.map((t) => (t.kind === 'text' ? t.text : '')).join(''))) continue;
        // `收入3,862.17万元，比上年减少412.35万元，其中：…` lists the parts of the main figure.
        if (isChange(totalToken.figure)) {
          const owner = indices
            .filter((k) => k < i)
            .map((k) => tokenAt(sentence, k))
            .filter((t) => t.depth === totalToken.depth && measureOf(t.figure) === measure && !isChange(t.figure))
            .pop();
          if (!owner || !figureOk(owner.figure)) continue;
          totalToken = owner;
        }
        wording = /其中/.test(intro[0]) ? '其中' : intro[0].replace(/[，,、:：]/g, '');
        partial = PARTIAL_INTRO.test(afterShare);
        readings = listReadings(sentence, i, totalToken.depth, measure, wording === '其中', totalToken.figure.unit);
      }
      if (!readings) continue;
      const parts = readings.readings[0]!;
      if (parts.some((id) => !figureOk(figures[id]!))) continue;
      relations.push({
        kind: 'sum',
        total: totalToken.figure.id,
        parts,
        candidates: readings.readings,
        partial: partial || readings.etc || parts.length === 1,
        wording,
        measure,
      });
    }
    // A sentence that opens with 其中 lists the parts of the previous sentence's last total.
    const first = sentence.tokens[0];
    if (first?.kind === 'text' && /^其中[:：，,]?/.test(first.text) && sIndex > 0) {
      const previous = sentences[sIndex - 1]!;
      if (previous.paragraph !== sentence.paragraph) return;
      const last = figureIndices(previous)
        .map((k) => tokenAt(previous, k))
        .filter((t) => t.depth === 0 && measureOf(t.figure) !== null && !isChange(t.figure))
        .pop();
      if (!last || !figureOk(last.figure)) return;
      const measure = measureOf(last.figure)!;
      const readings = listReadings(sentence, -1, 0, measure, true, last.figure.unit);
      if (!readings) return;
      const parts = readings.readings[0]!;
      if (parts.some((id) => !figureOk(figures[id]!))) return;
      relations.push({ kind: 'sum', total: last.figure.id, parts, candidates: readings.readings, partial: readings.etc || parts.length === 1, wording: '其中', measure });
    }
  });
  return relations;
}

/** Known identities of budget reports: exhaustive, so equality is required. */
const IDENTITIES: Array<{ total: RegExp; parts: RegExp[] }> = [
  { total: /^(?:决算)?(?:总支出|支出总额|支出合计|本年支出)$/, parts: [/^基本支出$/, /^项目支出$/] },
  { total: /^基本支出$/, parts: [/^人员经费$/, /^(?:日常)?公用经费$/] },
  { total: /^[“"]?三公[”"]?经费(?:支出|决算)?$/, parts: [/^因公出国[（(]境[)）]费$/, /^公务用车购置及运行(?:维护)?费$/, /^公务接待费$/] },
];

/** Identity relations among the figures of one logical paragraph. */
export function findIdentities(sentences: Sentence[]): SumRelation[] {
  const byParagraph = new Map<number, Figure[]>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'figure' || t.figure.kind !== 'amount' || t.figure.approx || t.figure.per) continue;
      const list = byParagraph.get(s.paragraph) ?? [];
      list.push(t.figure);
      byParagraph.set(s.paragraph, list);
    }
  }
  const relations: SumRelation[] = [];
  for (const figures of byParagraph.values()) {
    const find = (re: RegExp): Figure | null | undefined => {
      const matches = figures.filter((f) => re.test(normalizeLabel(f.label)));
      if (matches.length === 0) return undefined;
      // Two different figures with one label: which is meant is unclear.
      if (matches.some((m) => !m.value.eq(matches[0]!.value) || m.unit !== matches[0]!.unit)) return null;
      return matches[0]!;
    };
    for (const identity of IDENTITIES) {
      const total = find(identity.total);
      if (!total) continue;
      const parts = identity.parts.map(find);
      if (parts.some((p) => p === null || p === undefined)) continue;
      const ids = (parts as Figure[]).map((p) => p.id);
      if (ids.includes(total.id) || parts.some((p) => p!.span.start.offset < total.span.start.offset && p!.segment !== total.segment)) continue;
      relations.push({ kind: 'sum', total: total.id, parts: ids, candidates: [ids], partial: false, wording: 'identity', measure: 'amount' });
    }
  }
  return relations;
}
