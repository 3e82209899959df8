// Where a finding is in the original file. Every format is read into Markdown text, and findings
// are positioned in that text (what --print-text shows); a reader that knows where its pieces came
// from (a PDF's page, a workbook's sheet and cell) notes it, and each finding then carries that
// place as `data.source` (`自评表!F12`, `page 3`), so a user can find it in the file they opened.
import type { LintMessage, LintResult } from '../lint.js';

/** A place in an original file: a page of a PDF, a cell of a workbook's sheet. */
export interface SourcePlace {
  /** 1-based page of a PDF. */
  page?: number;
  /** Sheet name of a workbook. */
  sheet?: string;
  /** A1-style cell address in `sheet`. */
  cell?: string;
}

/**
 * A stretch of one line of the read text and the place it came from: 1-based line, UTF-16 columns
 * 1-based with `endColumn` exclusive. A place for a whole line has column 1 and endColumn Infinity.
 */
export interface PlaceSpan {
  line: number;
  column: number;
  endColumn: number;
  place: SourcePlace;
}

/** A file read into the Markdown text the parser takes, and where the pieces of that text came from. */
export interface ReadText {
  text: string;
  /** Sorted by line, then column; absent for formats whose text is the file itself. */
  places?: PlaceSpan[];
}

/** A place as users write it: `自评表!F12` for a cell, `page 3` for a PDF page. */
export function formatPlace(place: SourcePlace): string {
  if (place.sheet !== undefined) {
    const sheet = /^[\p{L}\p{N}_]+$/u.test(place.sheet) ? place.sheet : `'${place.sheet.replace(/'/g, "''")}'`;
    return place.cell ? `${sheet}!${place.cell}` : sheet;
  }
  return place.page !== undefined ? `page ${place.page}` : '';
}

/** A place in the reader's language: `第 3 页` / `page 3`; a cell address reads the same in both. */
export function describePlace(place: SourcePlace, locale: 'zh' | 'en'): string {
  if (place.sheet === undefined && place.page !== undefined) return locale === 'en' ? `page ${place.page}` : `第 ${place.page} 页`;
  return formatPlace(place);
}

/** The place of a position: the narrowest span that holds it, else the line's. */
export function placeAt(places: readonly PlaceSpan[], line: number, column: number): SourcePlace | undefined {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  let best: PlaceSpan | undefined;
  for (let i = lo; i < places.length && places[i]!.line === line; i++) {
    const span = places[i]!;
    if (column < span.column || column >= span.endColumn) continue;
    if (!best || span.endColumn - span.column < best.endColumn - best.column) best = span;
  }
  return best?.place;
}

/** The result with each message's original place in its data (`source`, and `sourcePage` or `sourceSheet`/`sourceCell`). */
export function withPlaces(result: LintResult, places: readonly PlaceSpan[] | undefined): LintResult {
  if (!places || places.length === 0) return result;
  const messages = result.messages.map((message): LintMessage => {
    if (message.ruleId === 'internal-error') return message;
    const place = placeAt(places, message.line, message.column);
    if (!place) return message;
    const data = { ...message.data, source: formatPlace(place) };
    if (place.page !== undefined) Object.assign(data, { sourcePage: place.page });
    if (place.sheet !== undefined) Object.assign(data, { sourceSheet: place.sheet, sourceCell: place.cell });
    return { ...message, data };
  });
  return { ...result, messages };
}
