// Web pages (.html, .htm) as a government site serves them: the article's headings, paragraphs and
// tables as Markdown text, with the site's navigation, header, footer, scripts and forms left out.
// Parsed with rehype-parse; tables are laid on a grid by MarkdownWriter, merged cells spanning.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { unified } from 'unified';
import { importPackage } from '../lazy.js';
import { decodeHtml } from './html-decode.js';
import { MarkdownWriter } from './markdown.js';
import type { ReadText } from './source.js';

type Parent = Root | Element;

/** Elements that never hold article text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'aside', 'iframe',
  'select', 'button', 'input', 'textarea', 'option', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'map', 'dialog',
]);

/** Class or id words of site furniture: menus, breadcrumbs (当前位置), share and print bars, footers. */
const FURNITURE = /^(?:nav|navbar|menu|menus|breadcrumb|breadcrumbs|crumb|crumbs|bread|position|location|dqwz|header|head|top|topbar|footer|foot|bottom|copyright|share|bdsharebuttonbox|print|sidebar|side|toolbar|search|login|links?|friendlink|skip)(?:[-_]?(?:box|bar|wrap|wrapper|nav|list|area|con|main))?$/i;

/** Containers government sites put the article in, most specific first (TRS, 政府网站集约化平台 and common CMSs). */
const ARTICLE_SELECTORS: ReadonlyArray<(el: Element) => boolean> = [
  (el) => hasClass(el, 'TRS_Editor') || hasClass(el, 'trs_editor') || hasClass(el, 'TRS_UEDITOR'),
  (el) => ['zoom', 'UCAP-CONTENT', 'ucap-content', 'Zoom', 'fontzoom', 'content_zoom'].includes(String(el.properties.id ?? '')),
  (el) => hasClass(el, 'pages_content') || hasClass(el, 'article-content') || hasClass(el, 'article_content') || hasClass(el, 'art_con') || hasClass(el, 'news_content') || hasClass(el, 'wzcon') || hasClass(el, 'xxgk_content'),
  (el) => el.tagName === 'article' || hasClass(el, 'article') || el.properties.id === 'article',
  (el) => hasClass(el, 'content') || el.properties.id === 'content',
  (el) => el.tagName === 'main' || el.properties.role === 'main',
];

/** Block elements: each starts a new line. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'html',
]);

function hasClass(el: Element, name: string): boolean {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.some((c) => String(c) === name);
}

/** Whether an element is site furniture or hidden, and so out of the text. */
function isDropped(el: Element): boolean {
  if (DROPPED.has(el.tagName)) return true;
  if (el.properties.hidden !== undefined && el.properties.hidden !== false && el.properties.hidden !== null) return true;
  const style = String(el.properties.style ?? '');
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const words = [...(Array.isArray(el.properties.className) ? el.properties.className.map(String) : []), String(el.properties.id ?? '')];
  return words.some((w) => w !== '' && FURNITURE.test(w));
}

/** Elements in document order, skipping dropped subtrees. */
function* elements(node: Parent): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element' || isDropped(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** The visible text of a subtree, whitespace collapsed to single spaces. */
function textOf(node: Parent | ElementContent): string {
  let out = '';
  const walk = (n: Parent | ElementContent | RootContent) => {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') {
      if (isDropped(n)) return;
      if (n.tagName === 'br' || BLOCKS.has(n.tagName)) out += ' ';
      for (const c of n.children) walk(c);
      if (BLOCKS.has(n.tagName)) out += ' ';
    } else if (n.type === 'root') for (const c of n.children) walk(c);
  };
  walk(node);
  return collapse(out);
}

/** Whitespace runs (HTML's, and no-break spaces) to one space, trimmed. */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text length of a subtree outside links: the measure of where an article's prose is. */
function proseLength(node: Parent): number {
  let length = 0;
  for (const child of node.children) {
    if (child.type === 'text') length += collapse(child.value).length;
    else if (child.type === 'element' && !isDropped(child) && child.tagName !== 'a') length += proseLength(child);
  }
  return length;
}

/**
 * The element holding the article: a known container with text in it (the one with the most text
 * when several match), else, going down from <body>, the child holding most of the prose.
 */
function articleOf(root: Root): Parent {
  const all = [...elements(root)];
  for (const matches of ARTICLE_SELECTORS) {
    let best: Element | undefined;
    let bestLength = 0;
    for (const el of all) {
      if (!matches(el)) continue;
      const length = proseLength(el);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    if (best && bestLength >= 20) return best;
  }
  let current: Parent = all.find((el) => el.tagName === 'body') ?? root;
  for (;;) {
    const total = proseLength(current);
    const next = (current.children as RootContent[]).find((c): c is Element => c.type === 'element' && !isDropped(c) && proseLength(c) >= total * 0.7);
    // Stop above a single block of text: the article is the block holding the blocks.
    const holdsBlocks = next?.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName) && !isDropped(c));
    if (!next || total === 0 || next.tagName === 'table' || !holdsBlocks) return current;
    current = next;
  }
}

/** The article's <h1> title when the page puts it above the container of its body (as TRS pages do). */
function titleOf(root: Root, article: Parent): string | undefined {
  if (article.type === 'root' || [...elements(article)].some((el) => el.tagName === 'h1')) return undefined;
  let title: string | undefined;
  for (const el of elements(root)) {
    if (el === article) return title;
    if (el.tagName === 'h1') title = textOf(el);
  }
  return undefined;
}

/**
 * Writes an article's blocks: inline content gathered into lines, a paragraph per block (a blank
 * line between), and a line per <br> within it (no blank line: a line break is no new paragraph).
 */
class ArticleWriter {
  readonly out = new MarkdownWriter({ apart: true });
  private line = '';
  /** The line being gathered follows a <br> after text of the same block. */
  private afterBreak = false;

  block(node: Parent): void {
    for (const child of node.children) {
      if (child.type === 'text') this.line += child.value;
      else if (child.type === 'element' && !isDropped(child)) this.element(child);
    }
  }

  /** Write the gathered line, as a paragraph or, after a <br>, as a line of the one above; whether there was text. */
  flush(): boolean {
    const text = collapse(this.line);
    const afterBreak = this.afterBreak;
    this.line = '';
    this.afterBreak = false;
    if (text === '') return false;
    if (afterBreak) this.out.line(text);
    else this.out.paragraph(text);
    return true;
  }

  private element(el: Element): void {
    const heading = /^h([1-6])$/.exec(el.tagName);
    if (heading) {
      this.flush();
      this.out.heading(Number(heading[1]), textOf(el));
    } else if (el.tagName === 'br') {
      // Two <br> in a row (an empty line between) part paragraphs.
      this.afterBreak = this.flush();
    } else if (el.tagName === 'table') {
      this.flush();
      this.table(el);
    } else if (el.tagName === 'pre') {
      this.flush();
      // Its lines a paragraph's lines; an empty line parts paragraphs.
      let open = false;
      for (const line of textContent(el).split(/\r?\n/)) {
        const text = collapse(line);
        if (text !== '' && open) this.out.line(text);
        else if (text !== '') this.out.paragraph(text);
        open = text !== '';
      }
    } else if (BLOCKS.has(el.tagName)) {
      this.flush();
      this.block(el);
      this.flush();
    } else {
      this.block(el);
    }
  }

  /**
   * A table: a grid of cells with their spans; a table nested in a cell gives its text to the cell.
   * A table used for layout (one column, or at most two around a nested table) is written as the
   * blocks in its cells.
   */
  private table(table: Element): void {
    const rows: Element[][] = [];
    const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    if (caption) this.out.paragraph(textOf(caption));
    const walkRows = (node: Element) => {
      for (const child of node.children) {
        if (child.type !== 'element' || isDropped(child)) continue;
        if (child.tagName === 'tr') rows.push(cellElements(child));
        else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') walkRows(child);
      }
    };
    walkRows(table);
    const filled = rows.filter((row) => row.length > 0);
    const columns = Math.max(0, ...filled.map((row) => row.reduce((n, cell) => n + span(cell.properties.colSpan), 0)));
    const nestsTable = filled.some((row) => row.some((cell) => [...elements(cell)].some((el) => el.tagName === 'table')));
    if (columns <= 1 || (nestsTable && columns <= 2)) {
      for (const row of filled) for (const cell of row) this.element({ ...cell, tagName: 'div' });
      return;
    }
    if (filled.length > 0) {
      this.out.table(filled.map((row) => row.map((cell) => ({ text: textOf(cell), colSpan: span(cell.properties.colSpan), rowSpan: span(cell.properties.rowSpan) }))));
    }
  }
}

/** The td and th of a row. */
function cellElements(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th') && !isDropped(c));
}

function span(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Text with line breaks kept (for <pre>). */
function textContent(node: Parent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textContent(c as ElementContent)).join('');
  return '';
}

/** The reader of the formats table: a web page as Markdown text. */
export async function readHtmlText(bytes: Uint8Array, name: string): Promise<ReadText> {
  const source = decodeHtml(bytes, name);
  // Loaded at run time, outside the CLI bundle (see importPackage).
  const { default: rehypeParse } = await importPackage<typeof import('rehype-parse')>('rehype-parse');
  const tree = unified().use(rehypeParse).parse(source);
  const writer = new ArticleWriter();
  const article = articleOf(tree);
  const title = titleOf(tree, article);
  if (title) writer.out.heading(1, title);
  writer.block(article);
  writer.flush();
  return writer.out.result();
}
