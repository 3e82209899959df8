// Writes a seed report (fixtures/seed-*.md) as HTML for LibreOffice to print to PDF: each line a
// paragraph, `#` lines headings, and each run of tab-separated lines (a copied form) a real table
// with its borders drawn (LibreOffice's HTML import leaves the CSS borders of cells out; the
// table's border attribute it draws, as a form printed from Word or WPS has them).
// Used by scripts/fixtures-pdf.sh; run by hand.
import { readFileSync } from 'node:fs';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = readFileSync(process.argv[2], 'utf8').split(/\r?\n/);
const out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
  'body { font-family: "Noto Sans CJK SC"; font-size: 11pt; } td { border: 1px solid #000; font-size: 7pt; } table { border-collapse: collapse; }',
  '</style></head><body>'];
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.includes('\t')) {
    out.push('<table border="1" cellspacing="0" cellpadding="2">');
    for (; i < lines.length && lines[i].includes('\t'); i++) {
      out.push(`<tr>${lines[i].split('\t').map((cell) => `<td>${escape(cell.trim())}</td>`).join('')}</tr>`);
    }
    i--;
    out.push('</table>');
    continue;
  }
  const heading = /^(#{1,6})\s+(.*)$/.exec(line);
  if (heading) out.push(`<h${heading[1].length}>${escape(heading[2])}</h${heading[1].length}>`);
  else if (line.trim() !== '') out.push(`<p>${escape(line.trim())}</p>`);
}
out.push('</body></html>');
process.stdout.write(`${out.join('\n')}\n`);
