// Wraps a JPEG (a page image from pdftoppm) in a one-page PDF with no text layer: what a scanner
// writes. Used by scripts/fixtures-pdf.sh: node fixtures-pdf-scan.mjs page.jpg out.pdf
import { readFileSync, writeFileSync } from 'node:fs';

const jpeg = readFileSync(process.argv[2]);
// The image's size from its SOF marker.
let at = 2;
while (at < jpeg.length && !(jpeg[at] === 0xff && jpeg[at + 1] >= 0xc0 && jpeg[at + 1] <= 0xc2)) at += 2 + jpeg.readUInt16BE(at + 2);
const height = jpeg.readUInt16BE(at + 5);
const width = jpeg.readUInt16BE(at + 7);
const content = `q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`;
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
  [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, jpeg, '\nendstream'],
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
];
const parts = [Buffer.from('%PDF-1.4\n')];
const offsets = [];
let size = parts[0].length;
objects.forEach((body, i) => {
  offsets.push(size);
  const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), ...(Array.isArray(body) ? body : [body]).map((b) => (typeof b === 'string' ? Buffer.from(b, 'latin1') : b)), Buffer.from('\nendobj\n')]);
  parts.push(chunk);
  size += chunk.length;
});
const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
writeFileSync(process.argv[3], Buffer.concat([...parts, Buffer.from(xref)]));
