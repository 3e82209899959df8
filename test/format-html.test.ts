// The review page as text: self-contained, escaped, Chinese or English, every finding pointing at a mark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../src/format/html.js';
import { lint } from '../src/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const failing = '基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。';

describe('formatHtml', () => {
  it('marks the stated figure of a failed sum as the error, its parts as parts, with the arithmetic as tooltip', () => {
    const html = formatHtml([lint(failing, { filePath: 'a.md' })], { color: false });
    expect(html).toContain('<mark class="cf error" id="r0-f0" tabindex="0" data-tip="74.73 = 55.35 + 12.36 + 6.92 · 核对不符\n分项之和 74.63 万元（55.35 + 12.36 + 6.92），所写合计 74.73 万元">74.73 万元</mark>');
    expect(html).toContain('<mark class="cf part" id="r0-f1" tabindex="0" data-tip="74.73 = 55.35 + 12.36 + 6.92 · 核对不符">55.35 万元</mark>');
    // The finding is a button to the total, with the parts as its related figures.
    expect(html).toContain('<button type="button" class="fd error" data-target="r0-f0" data-related="r0-f1 r0-f2 r0-f3"><span class="pos">1:6</span> <span class="sev">错误</span>');
  });

  it('renders a GFM table as a table, headings and paragraphs as such', () => {
    const html = formatHtml([lint('# 一、基本情况\n\n项目预算如下。\n\n| 项目 | 金额 |\n| --- | --- |\n| 合计 | 74.63 |\n| 工资 | 62.27 |\n| 公用 | 12.36 |\n', { filePath: 't.md' })], { color: false });
    expect(html).toContain('<h3 class="h">一、基本情况</h3>\n<p>项目预算如下。</p>\n<div class="tw"><table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td><mark class="cf held" id="r0-f0" tabindex="0" data-tip="74.63 = 62.27 + 12.36 · 核对相符">74.63</mark></td></tr>');
  });

  it('escapes the report text and the file name, and loads nothing from the network', () => {
    const html = formatHtml([lint('<script>alert("x")</script> & 基本支出 74.63 万元。', { filePath: 'a<b>&"c".md' })], { color: false });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 基本支出');
    expect(html).toContain('<h2 id="r0-h">a&lt;b&gt;&amp;&quot;c&quot;.md</h2>');
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|(?:src|href)=|url\(|@import/);
  });

  it('says 0 relations where nothing was understood, in Chinese by default and in English with locale en', () => {
    const nothing = [lint('今天天气很好。', { filePath: 'n.md' })];
    const zh = formatHtml(nothing, { color: false });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<p class="summary none">未找到数量关系——crossfoot 在文件中没有读到可核对的数字</p>');
    expect(zh).toContain('<p>未发现问题</p>');
    const en = formatHtml(nothing, { color: false, locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<p class="summary none">no relations found in 1 file — crossfoot read no figures it could check</p>');
    expect(en).toContain('<h3>Findings (0)</h3>');
    expect(zh).toContain('<h3>发现的问题（0）</h3>');
  });

  it('words the severities as the stylish format does: 错误 and 警告 by default, error and warning with locale en', () => {
    const results = [lint('截止2023年底，完成全年任务。', { filePath: 'w.md' })];
    const zh = formatHtml(results, { color: false });
    expect(zh).toContain('<span class="sev">警告</span>');
    expect(zh).toContain('核对不符（警告）');
    const en = formatHtml(results, { color: false, locale: 'en' });
    expect(en).toContain('<span class="sev">warning</span>');
    expect(en).toContain('fails (warning)');
  });

  it('gives every finding of every fixture a target mark, and every related id a mark', () => {
    const names = ['seed-000-tongdao-2024.md', 'seed-001-chenxi-2023.md', 'seed-002-luquan-2025.md', 'seed-003-yueyang-2025.md', 'seed-004-qiannan-2024-form.md', 'precision-project.md'];
    const results = names.map((name) => lint(fixture(name), { filePath: name }));
    const html = formatHtml(results, { color: false });
    const ids = new Set([...html.matchAll(/<mark [^>]*id="([^"]+)"/g)].map((m) => m[1]));
    const buttons = [...html.matchAll(/<button type="button" class="fd [a-z]+"([^>]*)>/g)].map((m) => m[1]!);
    expect(buttons).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    for (const attributes of buttons) {
      const target = /data-target="([^"]+)"/.exec(attributes)?.[1];
      expect(ids.has(target), attributes).toBe(true);
      for (const id of /data-related="([^"]+)"/.exec(attributes)?.[1]?.split(' ') ?? []) expect(ids.has(id), id).toBe(true);
    }
  });
});
