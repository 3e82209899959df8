// Bordered tables of a PDF page: the ruling lines a page draws (pdf.js's operator list: stroked
// segments and rectangles, thin filled rectangles, in page space through the transforms in force)
// make a grid; each text piece goes to the cell it starts in, and a cell whose border is not drawn
// is merged with its neighbour (a spanning cell). A cell's text wrapped over several lines is
// joined, whatever its vertical alignment. A table that runs on at the top of the next page is
// joined to it, a repeated header row dropped. Pure functions over numbers (see pdf.ts).
import { findTables, joinLines, joinText, type PdfBlock, type PdfLine, type PdfTable, type TextPiece } from './pdf-layout.js';
import type { WriterCell } from './markdown.js';

/** A ruling line: horizontal (y1 = y2, x1 < x2) or vertical (x1 = x2, y1 < y2), in page space (y up). */
export interface Ruling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The operator numbers of pdf.js (its OPS table) the walk over an operator list needs. */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The transform applying `inner`, then `outer` (a `cm` operator: the new CTM is compose(ctm, m)). */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Drawing commands in a pdf.js 5 path buffer (its DrawOPS) and their number of coordinates. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/** A line this thin (a filled rectangle, in page units) is a ruling line, not a shaded area. */
const THIN = 2.5;
/** Shorter than this, a segment is a tick or part of a glyph, not a ruling line. */
const SHORTEST = 3;

/**
 * The ruling lines a page draws, from pdf.js's operator list. In pdf.js 5 a path is one
 * `constructPath` operator whose arguments are `[paintOp, [Float32Array of DrawOPS], minMax]`
 * (null for an empty path); coordinates are in the user space of the current transform, which
 * save, restore, transform and form XObjects change (a form's matrix applies inside it). Stroked
 * horizontal and vertical segments (rectangles' edges included) and filled rectangles no thicker
 * than THIN count; curves, clipping paths and shaded areas do not.
 */
export function rulingsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PathOps): Ruling[] {
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filling = new Set([ops.fill, ops.eoFill]);
  const out: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args && args.length >= 6) ctm = compose(ctm, Array.from(args as number[]).slice(0, 6) as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as ArrayLike<number> | null | undefined;
      if (matrix && matrix.length >= 6) ctm = compose(ctm, Array.from(matrix).slice(0, 6) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!buffer || !(stroking.has(paint) || filling.has(paint))) continue;
      for (const path of subpaths(buffer, ctm)) {
        if (stroking.has(paint)) out.push(...strokedRulings(path));
        else {
          const line = filledRuling(path);
          if (line) out.push(line);
        }
      }
    }
  }
  return out;
}

/** A path's subpaths as points in page space; `closed` when it ends with closePath. Curves end a straight run. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean; curved: boolean } | undefined;
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE || op === LINE) {
      const point = apply(ctm, buffer[k]!, buffer[k + 1]!);
      k += 2;
      if (op === MOVE || !current) {
        current = { points: [point], closed: false, curved: false };
        out.push(current);
      } else current.points.push(point);
    } else if (op === CURVE || op === QUADRATIC) {
      const n = op === CURVE ? 6 : 4;
      const point = apply(ctm, buffer[k + n - 2]!, buffer[k + n - 1]!);
      k += n;
      // The curve itself is no ruling line; the path goes on from its end.
      if (current) current.curved = true;
      current = { points: [point], closed: false, curved: true };
      out.push(current);
    } else if (op === CLOSE) {
      if (current) {
        current.closed = true;
        const first = current.points[0]!;
        current = { points: [first], closed: false, curved: false };
        out.push(current);
      }
    } else break;
  }
  return out;
}

/** The horizontal and vertical segments of a stroked subpath. */
function strokedRulings(path: { points: Array<[number, number]>; closed: boolean }): Ruling[] {
  const points = path.closed ? [...path.points, path.points[0]!] : path.points;
  const out: Ruling[] = [];
  for (let k = 1; k < points.length; k++) {
    const line = rulingOf(points[k - 1]!, points[k]!);
    if (line) out.push(line);
  }
  return out;
}

function rulingOf([x1, y1]: [number, number], [x2, y2]: [number, number]): Ruling | undefined {
  if (Math.abs(y1 - y2) <= 0.5 && Math.abs(x1 - x2) >= SHORTEST) {
    const y = (y1 + y2) / 2;
    return { x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y };
  }
  if (Math.abs(x1 - x2) <= 0.5 && Math.abs(y1 - y2) >= SHORTEST) {
    const x = (x1 + x2) / 2;
    return { x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) };
  }
  return undefined;
}

/** A filled axis-aligned rectangle no thicker than THIN, as the line along its middle. */
function filledRuling(path: { points: Array<[number, number]>; curved: boolean }): Ruling | undefined {
  if (path.curved || path.points.length < 3 || path.points.length > 5) return undefined;
  const xs = path.points.map((p) => p[0]);
  const ys = path.points.map((p) => p[1]);
  // Axis-aligned: every edge horizontal or vertical.
  for (let k = 0; k < path.points.length; k++) {
    const [ax, ay] = path.points[k]!;
    const [bx, by] = path.points[(k + 1) % path.points.length]!;
    if (Math.abs(ax - bx) > 0.5 && Math.abs(ay - by) > 0.5) return undefined;
  }
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = right - left;
  const height = top - bottom;
  if (height <= THIN && width >= SHORTEST) return { x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 };
  if (width <= THIN && height >= SHORTEST) return { x1: (left + right) / 2, y1: bottom, x2: (left + right) / 2, y2: top };
  return undefined;
}

/**
 * A table read from its borders: bands of rows, each band with its own column boundaries `xs` (a
 * table drawn right under another with other columns is one band under the other, as a word
 * processor joins them), on one or more pages.
 */
export interface GridTable {
  bands: GridBand[];
  /** Top and bottom of the part on its last page (page space), for the reading order. */
  top: number;
  bottom: number;
  /** Page of the first and of the last row. */
  firstPage: number;
  lastPage: number;
  /** Its text, for a table of one row that turns out not to be one (see layoutPages). */
  pieces: TextPiece[];
}

/** Rows that share column boundaries `xs` (left to right). */
export interface GridBand {
  xs: number[];
  rows: GridRow[];
}

/** One row of a band: the cells that begin in it, left to right. */
export interface GridRow {
  page: number;
  cells: GridCell[];
}

export interface GridCell {
  text: string;
  /** Left and right edges (x): boundaries of the band's xs. */
  left: number;
  right: number;
  rowSpan: number;
}

/** Most pairs of a horizontal and a vertical line a page's grids are sought among. */
const MAX_CROSSINGS = 250_000;
/** Most places (rows × columns) a grid of one page may have. */
const MAX_CELLS = 5_000;

/** Positions closer than this (page units) are one boundary. */
const SNAP = 2;

/** Horizontal (or vertical) lines, collinear pieces (within a unit) that touch or overlap joined. */
function mergeLines(lines: readonly Ruling[], horizontal: boolean): Ruling[] {
  const key = (l: Ruling) => (horizontal ? l.y1 : l.x1);
  const sorted = [...lines].sort((a, b) => key(a) - key(b));
  const out: Ruling[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && key(sorted[j]!) - key(sorted[j - 1]!) <= 1) j++;
    const group = sorted.slice(i, j);
    const at = group.reduce((s, l) => s + key(l), 0) / group.length;
    const spans = group.map((l): [number, number] => (horizontal ? [l.x1, l.x2] : [l.y1, l.y2])).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    const push = () => out.push(horizontal ? { x1: from, y1: at, x2: to, y2: at } : { x1: at, y1: from, x2: at, y2: to });
    for (const [start, end] of spans.slice(1)) {
      if (start <= to + 1.5) to = Math.max(to, end);
      else {
        push();
        [from, to] = [start, end];
      }
    }
    push();
    i = j;
  }
  return out;
}

/** Values closer than SNAP clustered, each cluster by its mean; sorted ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const group = groups[groups.length - 1];
    if (group && v - group[group.length - 1]! <= SNAP) group.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Whether some line at `at` (within SNAP) covers the middle half of [from, to]. */
function drawn(lines: readonly Ruling[], horizontal: boolean, at: number, from: number, to: number): boolean {
  const quarter = (to - from) / 4;
  return lines.some((l) => (horizontal ? Math.abs(l.y1 - at) <= SNAP && l.x1 <= from + quarter + 0.5 && l.x2 >= to - quarter - 0.5 : Math.abs(l.x1 - at) <= SNAP && l.y1 <= from + quarter + 0.5 && l.y2 >= to - quarter - 0.5));
}

/** The layout of one grid: boundaries and, for each grid place, the cell (a number) it belongs to. */
interface Layout {
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  owner: number[][];
}

/**
 * The cells of a grid of boundaries: neighbours with no border drawn between them are one cell,
 * a cell is a rectangle (what a merge leaves of another shape is parted along its rows), and a
 * boundary that parts no two cells (a stray line, an underline inside a cell) is no boundary.
 */
function layoutOf(horizontals: readonly Ruling[], verticals: readonly Ruling[], xs0: number[], ys0: number[]): Layout {
  let xs = xs0;
  let ys = ys0;
  for (let round = 0; ; round++) {
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const parent = Array.from({ length: rows * cols }, (_, k) => k);
    const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
    const union = (a: number, b: number) => {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    const openRight: boolean[][] = [];
    const openBelow: boolean[][] = [];
    for (let r = 0; r < rows; r++) {
      openRight[r] = [];
      openBelow[r] = [];
      for (let c = 0; c < cols; c++) {
        openRight[r]![c] = c + 1 < cols && !drawn(verticals, false, xs[c + 1]!, ys[r + 1]!, ys[r]!);
        openBelow[r]![c] = r + 1 < rows && !drawn(horizontals, true, ys[r + 1]!, xs[c]!, xs[c + 1]!);
        if (openRight[r]![c]) union(r * cols + c, r * cols + c + 1);
        if (openBelow[r]![c]) union(r * cols + c, (r + 1) * cols + c);
      }
    }
    // Boundaries that part nothing go, and the grid is laid again without them.
    const keepX = xs.filter((_, k) => k === 0 || k === cols || openRight.some((row) => !row[k - 1]));
    const keepY = ys.filter((_, k) => k === 0 || k === rows || openBelow[k - 1]!.some((open) => !open));
    if ((keepX.length !== xs.length || keepY.length !== ys.length) && round < 8) {
      xs = keepX;
      ys = keepY;
      continue;
    }
    // A cell is a rectangle. Places joined into another shape (the space beside a narrower table
    // stacked on a wider one, a line drawn part-way into a cell) are parted into their runs along
    // each row, so no text is joined to text it is not beside.
    const places = new Map<number, Array<[number, number]>>();
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const root = find(r * cols + c);
        const list = places.get(root);
        if (list) list.push([r, c]);
        else places.set(root, [[r, c]]);
      }
    const owner = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
    let next = 0;
    for (const list of places.values()) {
      const r0 = Math.min(...list.map(([r]) => r));
      const r1 = Math.max(...list.map(([r]) => r));
      const c0 = Math.min(...list.map(([, c]) => c));
      const c1 = Math.max(...list.map(([, c]) => c));
      if (list.length === (r1 - r0 + 1) * (c1 - c0 + 1)) {
        const id = next++;
        for (const [r, c] of list) owner[r]![c] = id;
        continue;
      }
      list.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      list.forEach(([r, c], k) => {
        const before = list[k - 1];
        owner[r]![c] = before && before[0] === r && before[1] === c - 1 ? owner[r]![c - 1]! : next++;
      });
    }
    return { xs, ys, owner };
  }
}

/** A grid found on a page, before text is put in it: the bands of one set of connected lines. */
interface PageGrid {
  bands: Array<{ layout: Layout; top: number; bottom: number }>;
  /** The vertical lines, to part text that runs over them. */
  verticals: Ruling[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The grids the ruling lines of a page make: connected lines, at least two columns of cells. */
export function gridsOf(rulings: readonly Ruling[]): PageGrid[] {
  const horizontals = mergeLines(rulings.filter((l) => l.y1 === l.y2), true);
  const verticals = mergeLines(rulings.filter((l) => l.x1 === l.x2 && l.y1 !== l.y2), false);
  // So many lines are a drawing (a chart, a map), not a form: no grid is sought in them.
  if (horizontals.length * verticals.length > MAX_CROSSINGS) return [];
  const lines = [...horizontals, ...verticals];
  const parent = lines.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  horizontals.forEach((h, i) =>
    verticals.forEach((v, j) => {
      if (v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP) parent[find(i)] = find(horizontals.length + j);
    }),
  );
  const groups = new Map<number, Ruling[]>();
  lines.forEach((line, k) => {
    const root = find(k);
    const group = groups.get(root);
    if (group) group.push(line);
    else groups.set(root, [line]);
  });
  const grids: PageGrid[] = [];
  for (const group of groups.values()) {
    const hs = group.filter((l) => l.y1 === l.y2 && l.x1 !== l.x2);
    const vs = group.filter((l) => l.x1 === l.x2 && l.y1 !== l.y2);
    const bands = bandsOf(hs, vs).flatMap((band) => {
      const grid = bandGrid(band.hs, band.vs);
      return grid ? [grid] : [];
    });
    if (bands.length === 0) continue;
    grids.push({
      bands,
      verticals: vs,
      left: Math.min(...hs.map((l) => l.x1), ...vs.map((l) => l.x1)),
      right: Math.max(...hs.map((l) => l.x2), ...vs.map((l) => l.x1)),
      top: Math.max(...bands.map((b) => b.top)),
      bottom: Math.min(...bands.map((b) => b.bottom)),
    });
  }
  return grids;
}

/**
 * Connected lines parted where one table ends and another begins right under it (two tables
 * drawn touching): a horizontal line no inner vertical line crosses, with inner vertical lines
 * ending on it from above and starting on it below at none of the same places. Where a column
 * boundary goes on (a form's label column), or a row spans the width, it is one band.
 */
function bandsOf(hs: Ruling[], vs: Ruling[]): Array<{ hs: Ruling[]; vs: Ruling[] }> {
  if (hs.length < 2 || vs.length < 2) return [{ hs, vs }];
  const left = Math.min(...hs.map((l) => l.x1));
  const right = Math.max(...hs.map((l) => l.x2));
  const inner = vs.filter((v) => v.x1 > left + SNAP && v.x1 < right - SNAP);
  const cuts = cluster(hs.map((h) => h.y1)).filter((y) => {
    if (inner.some((v) => v.y1 < y - SNAP && v.y2 > y + SNAP)) return false;
    const above = inner.filter((v) => Math.abs(v.y1 - y) <= SNAP).map((v) => v.x1);
    const below = inner.filter((v) => Math.abs(v.y2 - y) <= SNAP).map((v) => v.x1);
    return above.length > 0 && below.length > 0 && !above.some((x) => below.some((b) => Math.abs(b - x) <= SNAP));
  });
  if (cuts.length === 0) return [{ hs, vs }];
  // Bands top to bottom between the cuts; a cut line belongs to the bands on both sides.
  const edges = [Infinity, ...cuts.sort((a, b) => b - a), -Infinity];
  return edges.slice(1).map((low, k) => {
    const high = edges[k]!;
    return {
      hs: hs.filter((h) => h.y1 <= high + SNAP && h.y1 >= low - SNAP),
      // A vertical line through several bands (an outer border) is cut at the bands' edges.
      vs: vs.map((v) => ({ ...v, y1: Math.max(v.y1, low), y2: Math.min(v.y2, high) })).filter((v) => v.y2 - v.y1 >= SHORTEST),
    };
  });
}

/** The grid of one band's lines: at least two columns of cells (one row only goes on a table on the page before, see layoutPages). */
function bandGrid(hs: Ruling[], vs: Ruling[]): { layout: Layout; top: number; bottom: number } | undefined {
  if (hs.length < 2 || vs.length < 2) return undefined;
  const left = Math.min(...hs.map((l) => l.x1), ...vs.map((l) => l.x1));
  const right = Math.max(...hs.map((l) => l.x2), ...vs.map((l) => l.x1));
  const bottom = Math.min(...vs.map((l) => l.y1), ...hs.map((l) => l.y1));
  const top = Math.max(...vs.map((l) => l.y2), ...hs.map((l) => l.y1));
  // The outer edges are boundaries even where a side is left open.
  const xs = cluster([left, right, ...vs.map((l) => l.x1)]);
  const ys = cluster([bottom, top, ...hs.map((l) => l.y1)]).reverse();
  // A grid of more cells than a form has is a drawing (graph paper, a chart's grid), not a table.
  if (xs.length < 3 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) > MAX_CELLS) return undefined;
  const layout = layoutOf(hs, vs, xs, ys);
  if (layout.xs.length < 3 || layout.ys.length < 2) return undefined;
  return { layout, top, bottom };
}

/** Where a piece's text starts: the middle of its first character, half a character above the baseline. */
function anchorOf(piece: TextPiece): [number, number] {
  const first = Math.min(piece.width, 0.5 * piece.height);
  return [piece.x + first / 2, piece.y + 0.3 * piece.height];
}

/** The index of the interval of `edges` (ascending) that holds `v`, clamped to the first and last. */
function slot(edges: readonly number[], v: number): number {
  const k = edges.findIndex((edge) => edge > v);
  return Math.max(0, Math.min(edges.length - 2, (k < 0 ? edges.length : k) - 1));
}

/**
 * The page's bordered tables and the pieces of text outside them. Each piece belongs to the cell
 * its first character is in; a cell's pieces are laid in lines, top to bottom, and the lines
 * joined (no space where a Chinese line wraps).
 */
export function readGrids(pieces: readonly TextPiece[], rulings: readonly Ruling[], page: number): { tables: GridTable[]; rest: TextPiece[] } {
  const grids = rulings.length >= 4 ? gridsOf(rulings) : [];
  if (grids.length === 0) return { tables: [], rest: [...pieces] };
  const rest: TextPiece[] = [];
  // The pieces of each cell, by grid, band and cell.
  const inCells = grids.map((grid) => grid.bands.map(() => new Map<number, TextPiece[]>()));
  const inGrid = grids.map((): TextPiece[] => []);
  for (const piece of pieces.flatMap((p) => partAtBorders(p, grids))) {
    const [x, y] = anchorOf(piece);
    const g = grids.findIndex((grid) => x >= grid.left - 1 && x <= grid.right + 1 && y >= grid.bottom - 1 && y <= grid.top + 1);
    if (g < 0) {
      rest.push(piece);
      continue;
    }
    inGrid[g]!.push(piece);
    const bands = grids[g]!.bands;
    // The band holding the point, else the nearest (the point sits on a band's edge).
    let b = bands.findIndex((band) => y <= band.top + 1 && y >= band.bottom - 1);
    if (b < 0) b = bands.reduce((best, band, k) => (Math.min(Math.abs(y - band.top), Math.abs(y - band.bottom)) < Math.min(Math.abs(y - bands[best]!.top), Math.abs(y - bands[best]!.bottom)) ? k : best), 0);
    const { xs, ys, owner } = bands[b]!.layout;
    const c = slot(xs, x);
    const r = ys.length - 2 - slot([...ys].reverse(), y);
    const id = owner[r]![c]!;
    const map = inCells[g]![b]!;
    const list = map.get(id);
    if (list) list.push(piece);
    else map.set(id, [piece]);
  }
  const tables = grids.map((grid, g): GridTable => ({
    bands: grid.bands.map(({ layout: { xs, ys, owner } }, b): GridBand => {
      const rows: GridRow[] = [];
      const seen = new Set<number>();
      for (let r = 0; r < ys.length - 1; r++) {
        const cells: GridCell[] = [];
        for (let c = 0; c < xs.length - 1; c++) {
          const id = owner[r]![c]!;
          if (seen.has(id)) continue;
          seen.add(id);
          let c1 = c;
          while (c1 + 1 < xs.length - 1 && owner[r]![c1 + 1] === id) c1++;
          let r1 = r;
          while (r1 + 1 < ys.length - 1 && owner[r1 + 1]![c] === id) r1++;
          cells.push({ text: cellText(inCells[g]![b]!.get(id) ?? []), left: xs[c]!, right: xs[c1 + 1]!, rowSpan: r1 - r + 1 });
        }
        rows.push({ page, cells });
      }
      return { xs, rows };
    }),
    top: grid.top,
    bottom: grid.bottom,
    firstPage: page,
    lastPage: page,
    pieces: inGrid[g]!,
  }));
  // Tables that hold no text at all (a drawn frame, boxes to tick) are left out.
  return { tables: tables.filter((t) => t.bands.some((band) => band.rows.some((row) => row.cells.some((cell) => cell.text !== '')))), rest };
}

/** A character's share of a line's width: a Chinese or full-width character one, others a half. */
const charWidth = (c: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c) ? 1 : /\s/.test(c) ? 0.3 : 0.55);

/**
 * A piece parted where a cell border runs through it: pdf.js joins text on one baseline into one
 * item even across cells (`100.00 10` for 执行率 and 得分 side by side). Where the characters
 * fall is estimated from their kinds; the cut is made at the space nearest the border when
 * there is one near (pdf.js puts one in the gap between cells), else at the border.
 */
function partAtBorders(piece: TextPiece, grids: readonly PageGrid[]): TextPiece[] {
  const mid = piece.y + 0.3 * piece.height;
  const right = piece.x + piece.width;
  const borders = grids
    .flatMap((g) => g.verticals)
    .filter((v) => v.x1 > piece.x + 0.3 * piece.height && v.x1 < right - 0.3 * piece.height && v.y1 <= mid && v.y2 >= mid)
    .map((v) => v.x1)
    .sort((a, b) => a - b);
  if (borders.length === 0) return [piece];
  const chars = [...piece.text];
  const weights = chars.map(charWidth);
  const scale = piece.width / weights.reduce((s, w) => s + w, 0);
  // The left edge of each character, and the end.
  const edges: number[] = [piece.x];
  for (const w of weights) edges.push(edges[edges.length - 1]! + w * scale);
  const cuts: Array<[number, number]> = [];
  for (const border of borders) {
    // A space within a character's width of the border, else the character edge nearest to it.
    let best = -1;
    chars.forEach((c, k) => {
      if (/\s/.test(c) && Math.abs((edges[k]! + edges[k + 1]!) / 2 - border) <= piece.height && (best < 0 || Math.abs(edges[k]! - border) < Math.abs(edges[best]! - border))) best = k;
    });
    if (best >= 0) cuts.push([best, best + 1]);
    else {
      let k = 1;
      while (k < chars.length && edges[k]! < border) k++;
      if (Math.abs(edges[k - 1]! - border) < Math.abs(edges[k]! - border) && k > 1) k--;
      cuts.push([k, k]);
    }
  }
  const out: TextPiece[] = [];
  let from = 0;
  for (const [end, next] of [...cuts, [chars.length, chars.length] as [number, number]]) {
    if (end < from) continue;
    const text = chars.slice(from, end).join('');
    if (text.trim() !== '') out.push({ text, x: edges[from]!, y: piece.y, width: edges[end]! - edges[from]!, height: piece.height });
    from = next;
  }
  return out;
}

/** A cell's text: its pieces in lines, top to bottom, a wrapped line joined on as a wrap. */
function cellText(pieces: readonly TextPiece[]): string {
  let text = '';
  for (const line of joinLines(pieces)) text = text === '' ? line.text : joinText(text, line.text, line.height, line.height);
  return text.trim();
}

/**
 * Whether `next` (at the top of a page) goes on with `table` (at the bottom of the page before):
 * its first band has the outer edges of `table`'s last band, and most inner boundaries of the
 * one with fewer are found in the other.
 */
export function continues(table: GridTable, next: GridTable): boolean {
  if (next.firstPage !== table.lastPage + 1) return false;
  const a = table.bands[table.bands.length - 1]!.xs;
  const b = next.bands[0]!.xs;
  const near = (x: number, y: number) => Math.abs(x - y) <= SNAP;
  if (!near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!)) return false;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  const inner = few.slice(1, -1);
  return inner.filter((x) => many.some((m) => near(m, x))).length >= Math.ceil(inner.length * 0.75);
}

/**
 * `next` joined under `table`: its first band goes on with `table`'s last (the boundaries of both),
 * its first rows left out when they repeat `table`'s header rows (a header repeated on each page).
 * When `table` fills its page to the bottom, its last row may have been broken over the page
 * break (word processors let a row break by default): `next`'s first row is then the rest of it
 * if it holds text only under cells of that row that have text, and no figure under a figure
 * (`10` under `10` is two rows).
 */
export function joinGrids(table: GridTable, next: GridTable, pageFull = false): GridTable {
  const last = table.bands[table.bands.length - 1]!;
  const [opening, ...after] = next.bands;
  const texts = (row: GridRow) => row.cells.map((c) => c.text).join('\u0000');
  const header = table.bands[0]!.rows;
  let skip = 0;
  for (let k = 1; k <= Math.min(3, opening!.rows.length - 1, header.length - 1); k++) {
    const same = opening!.rows.slice(0, k).every((row, i) => texts(row) === texts(header[i]!) && row.cells.some((c) => c.text !== ''));
    if (same) skip = k;
  }
  const rows = last.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell })) }));
  const rest = opening!.rows.slice(skip);
  const first = rest[0];
  if (pageFull && first && rows.length > 0 && isRestOfRow(rows, first)) {
    for (const cell of first.cells) {
      if (cell.text === '') continue;
      const into = cellOver(rows, rows.length - 1, (cell.left + cell.right) / 2)!;
      into.text = joinText(into.text, cell.text, 1, 1);
    }
    rest.shift();
  }
  const joined: GridBand = { xs: cluster([...last.xs, ...opening!.xs]), rows: [...rows, ...rest] };
  return { bands: [...table.bands.slice(0, -1), joined, ...after], top: next.top, bottom: next.bottom, firstPage: table.firstPage, lastPage: next.lastPage, pieces: [...table.pieces, ...next.pieces] };
}

/** A figure that fills a cell by itself: `10`, `92.00%`, `=81万元`, `≥98%`. */
const WHOLE_FIGURE = /^[=≥≤<>＝]?\s*[-+]?\d[\d,，.]*\s*(?:[%％]|[\u4e00-\u9fff]{1,2})?$/;

/** Whether `row` (opening the next page) holds only the rest of the texts of row `rows[last]`. */
function isRestOfRow(rows: GridRow[], row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.text !== '');
  if (filled.length === 0) return false;
  return filled.every((cell) => {
    const over = cellOver(rows, rows.length - 1, (cell.left + cell.right) / 2);
    return !!over && over.text !== '' && !(WHOLE_FIGURE.test(over.text) && WHOLE_FIGURE.test(cell.text));
  });
}

/** The cell that covers row `r` at `x`: one of the row's, or one from a row above spanning down to it. */
function cellOver(rows: GridRow[], r: number, x: number): GridCell | undefined {
  for (let k = r; k >= 0; k--) {
    const cell = rows[k]!.cells.find((c) => c.left <= x && c.right >= x && k + c.rowSpan > r);
    if (cell) return cell;
  }
  return undefined;
}

/** A grid table as the rows of cells the Markdown writer takes, each band's rows on its own columns, each cell's page noted. */
export function tableOfGrid(grid: GridTable): PdfTable {
  const rows: WriterCell[][] = [];
  const pages: number[] = [];
  for (const band of grid.bands) {
    const column = (x: number) => {
      let best = 0;
      band.xs.forEach((edge, k) => {
        if (Math.abs(edge - x) < Math.abs(band.xs[best]! - x)) best = k;
      });
      return best;
    };
    for (const row of band.rows) {
      rows.push(
        row.cells.map((cell): WriterCell => {
          const colSpan = Math.max(1, column(cell.right) - column(cell.left));
          return cell.text === '' ? { text: '', colSpan, rowSpan: cell.rowSpan } : { text: cell.text, colSpan, rowSpan: cell.rowSpan, place: { page: row.page } };
        }),
      );
      pages.push(row.page);
    }
  }
  return { rows, pages };
}

const rowCount = (table: GridTable) => table.bands.reduce((n, band) => n + band.rows.length, 0);

/**
 * The blocks of the document in reading order: on each page its bordered tables among its lines
 * by their height on the page, lines between them searched for tables without borders
 * (findTables); a bordered table that ends a page and one that opens the next with the same
 * columns are one table.
 */
export function layoutPages(pages: ReadonlyArray<{ lines: readonly PdfLine[]; tables: readonly GridTable[] }>): PdfBlock[] {
  const blocks: Array<PdfBlock | { grid: GridTable }> = [];
  // The bottom of the text area: the lowest any page's text or table reaches.
  const lows = pages.flatMap(({ lines, tables }) => [...lines.map((l) => l.y - 0.3 * l.height), ...tables.map((t) => t.bottom)]);
  const bottom = Math.min(...lows);
  const lineHeight = Math.max(10, ...pages.flatMap(({ lines }) => lines.map((l) => l.height)));
  pages.forEach(({ lines, tables }) => {
    const pending = [...tables].sort((a, b) => b.top - a.top);
    const pageBlocks: Array<PdfBlock | { grid: GridTable }> = [];
    let run: PdfLine[] = [];
    const endRun = () => {
      if (run.length > 0) pageBlocks.push(...findTables(run));
      run = [];
    };
    for (const line of lines) {
      // A table whose top is above the line's middle comes first.
      while (pending.length > 0 && pending[0]!.top > line.y + 0.5 * line.height) {
        endRun();
        pageBlocks.push({ grid: pending.shift()! });
      }
      run.push(line);
    }
    endRun();
    for (const grid of pending) pageBlocks.push({ grid });
    // The first block of this page goes on with the last of the page before.
    const last = blocks[blocks.length - 1];
    const first = pageBlocks[0];
    if (last && first && 'grid' in last && 'grid' in first && continues(last.grid, first.grid)) {
      // A table that reaches the bottom of the text area fills its page.
      blocks[blocks.length - 1] = { grid: joinGrids(last.grid, first.grid, last.grid.bottom <= bottom + 1.5 * lineHeight) };
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
  });
  // A row of boxes alone (not a table's row run onto the next page) is text, not a table.
  return blocks.flatMap((block): PdfBlock[] => {
    if (!('grid' in block)) return [block];
    if (rowCount(block.grid) < 2) return joinLines(block.grid.pieces, block.grid.firstPage).map((line) => ({ line }));
    return [{ table: tableOfGrid(block.grid) }];
  });
}
