// A seed report (Markdown text, form rows separated by tabs) as a plain web page: `#` lines as
// headings, runs of tab-separated lines as tables, every other line a paragraph. The input of
// LibreOffice in scripts/fixtures-html-doc.sh, which saves it as .doc and then as .html.
import { readFileSync } from 'node:fs';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>report</title></head><body>'];
let rows = [];
const endTable = () => {
  if (rows.length === 0) return;
  out.push('<table border="1">');
  for (const row of rows) out.push(`<tr>${row.map((cell) => `<td>${escape(cell.trim())}</td>`).join('')}</tr>`);
  out.push('</table>');
  rows = [];
};
for (const line of lines) {
  if (line.includes('\t')) {
    rows.push(line.split('\t'));
    continue;
  }
  endTable();
  const heading = /^(#{1,6})\s+(.*)$/.exec(line);
  if (heading) out.push(`<h${heading[1].length}>${escape(heading[2])}</h${heading[1].length}>`);
  else if (line.trim() !== '') out.push(`<p>${escape(line.trim())}</p>`);
}
endTable();
out.push('</body></html>');
process.stdout.write(`${out.join('\n')}\n`);
