// --format html: one self-contained review page (inline CSS and script, no network) showing, for
// each report, what was checked: the counts, a bar of held/failed/skipped, the text with every
// checked figure marked, and the findings as buttons that scroll to their figures.
import { sumStats, emptyStats, type CoverageStats, type RelationCoverage } from '../coverage.js';
import type { LintMessage, LintResult } from '../lint.js';
import { coverageWords, type CoverageWords } from './coverage-text.js';
import { escapeHtml, renderReport } from './html-body.js';
import type { FormatOptions } from './index.js';
import { relative } from 'node:path';

/** The review page: counts, marked text and findings of every report, Chinese labels unless `locale` is `en`. */
export function formatHtml(results: LintResult[], options: FormatOptions): string {
  const locale = options.locale ?? 'zh';
  const words = coverageWords(locale);
  const total = sumStats(results.map((r) => r.stats));
  const sections = results.map((result, i) => reportSection(result, `r${i}`, words, options)).join('\n');
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="crossfoot ${escapeHtml(options.version ?? '')}">
<title>${escapeHtml(words.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="page">
<h1>${escapeHtml(words.title)}</h1>
<p class="summary${total.relations === 0 ? ' none' : ''}" data-summary>${escapeHtml(words.summary(total, results.length))}</p>
${legend(words)}
</header>
<main>
${sections}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const STAT_KEYS = ['figures', 'relations', 'held', 'failed', 'skipped', 'unrelatedFigures'] as const;

function statLabel(key: (typeof STAT_KEYS)[number], words: CoverageWords): string {
  return key === 'unrelatedFigures' ? words.unrelated : words[key];
}

function legend(words: CoverageWords): string {
  const item = (cls: string, label: string) => `<li><mark class="cf ${cls}">12.34</mark> ${escapeHtml(label)}</li>`;
  return `<ul class="legend" aria-label="${escapeHtml(words.legend)}">${item('held', words.kinds.held)}${item('error', `${words.kinds.failed}${words.parenthesis(words.error)}`)}${item('warn', `${words.kinds.failed}${words.parenthesis(words.warning)}`)}${item('part', words.part)}${item('skipped', words.kinds.skipped)}</ul>`;
}

/** The bar of held, failed and skipped relations; patterns as well as colours tell them apart. */
function bar(stats: CoverageStats, words: CoverageWords): string {
  const label = [`${words.held} ${stats.held}`, `${words.failed} ${stats.failed}`, `${words.skipped} ${stats.skipped}`].join(words.separator);
  const part = (cls: string, n: number) => (n > 0 ? `<span class="${cls}" style="flex-grow:${n}"></span>` : '');
  return `<div class="bar" role="img" aria-label="${escapeHtml(label)}">${part('held', stats.held)}${part('failed', stats.failed)}${part('skipped', stats.skipped)}</div>`;
}

function reportSection(result: LintResult, prefix: string, words: CoverageWords, options: FormatOptions): string {
  const stats = result.stats ?? emptyStats();
  const path = options.cwd ? relative(options.cwd, result.filePath) || result.filePath : result.filePath;
  const marked = renderReport(result, prefix, words);
  const counts = STAT_KEYS.map((key) => `<div class="c-${key}"><dt>${escapeHtml(statLabel(key, words))}</dt><dd data-stat="${key}">${stats[key]}</dd></div>`).join('');
  const failed = (result.relations ?? []).filter((r) => r.status === 'failed');
  const findings = result.messages.map((m) => finding(m, marked.idOf, failed, words)).join('');
  return `<section class="report" aria-labelledby="${prefix}-h">
<header class="report-head">
<h2 id="${prefix}-h">${escapeHtml(path)}</h2>
<dl class="counts" data-stats="${escapeHtml(JSON.stringify(stats))}">${counts}</dl>
${bar(stats, words)}
<p class="summary${stats.relations === 0 ? ' none' : ''}">${escapeHtml(words.summary(stats, 1))}</p>
</header>
<div class="layout">
<nav class="findings" aria-label="${escapeHtml(words.findings)}"><h3>${escapeHtml(words.findings)}${words.parenthesis(String(result.messages.length))}</h3>
${findings ? `<ol>${findings}</ol>` : `<p>${escapeHtml(words.noFindings)}</p>`}
</nav>
<article class="doc">${marked.html}</article>
</div>
</section>`;
}

/** A finding as a button naming its place; its target and related marks (the message's related places, and the other figures of a failed relation it stands on). */
function finding(m: LintMessage, idOf: (p: LintMessage) => string | undefined, failed: readonly RelationCoverage[], words: CoverageWords): string {
  const target = idOf(m);
  const related = new Set<string>();
  for (const r of m.related ?? []) {
    const id = idOf({ ...m, ...r });
    if (id && id !== target) related.add(id);
  }
  for (const relation of failed) {
    const ids = relation.figures.map((f) => idOf({ ...m, ...f }));
    if (!ids.includes(target)) continue;
    for (const id of ids) if (id && id !== target) related.add(id);
  }
  const severity = m.severity === 2 ? 'error' : 'warn';
  return `<li><button type="button" class="fd ${severity}"${target ? ` data-target="${target}"` : ''}${related.size ? ` data-related="${[...related].join(' ')}"` : ''}><span class="pos">${m.line}:${m.column}</span> <span class="sev">${escapeHtml(m.severity === 2 ? words.error : words.warning)}</span> ${escapeHtml(m.message)} <span class="rule">${escapeHtml(m.ruleId)}</span></button></li>`;
}

/**
 * One delegated click handler for the whole page (a 1 MB report has thousands of marks): a finding
 * scrolls its figure into view and highlights it with its related figures; Enter on a focused
 * finding is a click.
 */
const SCRIPT = `(function () {
  var lit = [], current = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-target]');
    if (!button) return;
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('target', 'related');
    lit = [];
    if (current) current.removeAttribute('aria-current');
    current = button;
    button.setAttribute('aria-current', 'true');
    var ids = (button.getAttribute('data-related') || '').split(' ');
    for (var j = 0; j < ids.length; j++) {
      var related = ids[j] && document.getElementById(ids[j]);
      if (related) { related.classList.add('related'); lit.push(related); }
    }
    var target = document.getElementById(button.getAttribute('data-target'));
    if (target) {
      target.classList.add('target');
      lit.push(target);
      target.scrollIntoView({ block: 'center' });
    }
  });
})();`;

/** Okabe–Ito colours (safe for the common colour-blindnesses), each with its own underline style and sign for greyscale print. */
const CSS = `
:root { --held: #0072B2; --error: #D55E00; --warn: #9a6700; --skipped: #555; --ink: #1a1a1a; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.75 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f6f4; }
header.page { padding: 16px 24px; background: var(--paper); border-bottom: 1px solid #ccc; }
h1 { margin: 0 0 4px; font-size: 22px; }
.summary { margin: 4px 0; font-weight: 600; }
.summary.none { color: #7a4a00; border-left: 4px solid #E69F00; padding-left: 8px; }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 20px; font-size: 14px; }
main { padding: 16px 24px; }
.report { background: var(--paper); border: 1px solid #ccc; margin-bottom: 24px; }
.report-head { padding: 12px 16px; border-bottom: 1px solid #ddd; }
h2 { margin: 0; font-size: 18px; word-break: break-all; }
.counts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 8px 0; }
.counts div { display: flex; gap: 6px; align-items: baseline; }
.counts dt { font-size: 14px; color: #444; }
.counts dd { margin: 0; font-weight: 700; font-size: 18px; }
.bar { display: flex; height: 14px; border: 1px solid #333; background: #eee; max-width: 640px; }
.bar span { display: block; min-width: 3px; }
.bar .held { background: var(--held); }
.bar .failed { background: repeating-linear-gradient(45deg, var(--error) 0 4px, #fff 4px 6px); }
.bar .skipped { background: repeating-linear-gradient(90deg, var(--skipped) 0 2px, #fff 2px 5px); }
.layout { display: grid; grid-template-columns: minmax(220px, 30%) 1fr; }
.findings { border-right: 1px solid #ddd; padding: 8px 12px; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
.findings h3 { font-size: 15px; margin: 4px 0 8px; }
.findings ol { list-style: none; margin: 0; padding: 0; }
.fd { display: block; width: 100%; text-align: left; font: inherit; font-size: 14px; line-height: 1.5; margin: 0 0 6px; padding: 6px 8px; background: #fff; border: 1px solid #bbb; border-left: 5px solid var(--warn); cursor: pointer; color: inherit; }
.fd.error { border-left: 5px double var(--error); border-left-width: 7px; }
.fd:hover { background: #f2f2f2; }
.fd:focus-visible { outline: 3px solid #000; outline-offset: 1px; }
.fd[aria-current] { background: #fff4c2; }
.fd .pos { font-family: monospace; color: #444; }
.fd .sev { font-weight: 700; }
.fd.error .sev { color: var(--error); }
.fd.warn .sev { color: var(--warn); }
.fd .rule { color: #666; font-size: 12px; }
.doc { padding: 8px 20px 24px; overflow-wrap: anywhere; }
.doc .h { margin: 18px 0 6px; }
.doc p { margin: 6px 0; white-space: pre-wrap; }
.tw { overflow-x: auto; }
table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
th { background: #f0f0f0; }
mark.cf { background: none; color: inherit; position: relative; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.cf.held { text-decoration-color: var(--held); text-decoration-style: solid; }
mark.cf.error { text-decoration-color: var(--error); text-decoration-style: double; background: #fde6da; }
mark.cf.error::after { content: "✗"; color: var(--error); font-size: 0.75em; vertical-align: super; }
mark.cf.warn { text-decoration-color: var(--warn); text-decoration-style: wavy; background: #fff1cc; }
mark.cf.warn::after { content: "!"; color: var(--warn); font-size: 0.75em; font-weight: 700; vertical-align: super; }
mark.cf.part { text-decoration-color: var(--error); text-decoration-style: dashed; text-decoration-thickness: 1px; }
mark.cf.skipped { text-decoration-color: var(--skipped); text-decoration-style: dotted; }
mark.cf.skipped::after { content: "?"; color: var(--skipped); font-size: 0.75em; vertical-align: super; }
mark.cf:focus { outline: 2px solid #000; }
mark.cf[data-tip]:hover::before, mark.cf[data-tip]:focus::before { content: attr(data-tip); position: absolute; left: 0; bottom: 100%; z-index: 10; white-space: pre; background: #222; color: #fff; font-size: 13px; line-height: 1.4; padding: 4px 8px; border-radius: 3px; pointer-events: none; }
mark.cf.target { outline: 3px solid #000; outline-offset: 2px; background: #ffe14d; }
mark.cf.related { outline: 2px dashed var(--held); outline-offset: 2px; background: #dcecf7; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } .findings { position: static; max-height: none; border-right: 0; border-bottom: 1px solid #ddd; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .layout { display: block; }
  .findings { position: static; max-height: none; overflow: visible; border: 0; }
  .fd { border: 0; padding: 0; }
  .report { border: 0; break-before: page; }
  mark.cf[data-tip]::before { display: none; }
  .tw { overflow: visible; }
}
`;
