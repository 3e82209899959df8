#!/bin/sh
# Make fixtures/formats/seed-*.doc and seed-*.html from the seeds with LibreOffice, as a user would
# save them: seed → a plain web page (scripts/seed-to-html.mjs) → .doc (MS Word 97) → .html
# (LibreOffice's HTML export of that .doc). Run by hand, not in CI:
#   sh scripts/fixtures-html-doc.sh
# A private LibreOffice profile keeps it from waiting on another running soffice.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice() { command soffice "-env:UserInstallation=file://$work/profile" --headless "$@"; }
for seed in "$root"/fixtures/seed-*.md; do
  base=$(basename "$seed" .md)
  node "$root/scripts/seed-to-html.mjs" "$seed" > "$work/$base.html"
done
# A small report with a 自评表 whose cells are merged, and a planted sum error in its prose.
cat > "$work/form-table.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>form</title></head><body>
<h1>2024年度项目支出绩效自评报告</h1>
<p>2024年度基本支出 74.73 万元（工资福利支出 55.35 万元，商品和服务支出 12.36 万元，对个人和家庭的补助支出 6.92 万元）。</p>
<table border="1">
<tr><td rowspan="3">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>120.00</td><td>150.00</td><td>135.00</td><td>10</td><td>92.00%</td><td>9</td></tr>
<tr><td>其中：当年财政拨款</td><td>120.00</td><td>150.00</td><td>135.00</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td>年度总体目标</td><td colspan="4">管护高标准农田2.5万亩</td><td colspan="3">管护高标准农田2.6万亩</td></tr>
</table>
<p>截至2024年底，在职在编4人。</p>
</body></html>
HTML
# A short one whose table rows word-extractor tells apart by itself (form-table.doc's rows, of eight
# cells, keep their properties in the Data stream, where the reader finds them: see doc-paragraphs.ts).
cat > "$work/merged-cells.html" <<'HTML'
<html><head><meta charset="utf-8"><title>t</title></head><body>
<h1>标题一</h1><p>第一段 74.73 万元。</p><p>第二段<br>换行后</p>
<table border="1"><tr><td>资金来源</td><td>年初预算数</td><td>全年预算数</td></tr>
<tr><td rowspan="2">合并</td><td colspan="2">跨两列</td></tr><tr><td>a</td><td>b</td></tr></table>
<p>末段。</p></body></html>
HTML
# A cell of several paragraphs (the first cell of a row too) and line breaks in a cell and in prose:
# told apart by their paragraph properties (see src/read/doc-paragraphs.ts).
cat > "$work/cell-paragraphs.html" <<'HTML'
<html><head><meta charset="utf-8"><title>t</title></head><body>
<p>一、预算执行情况</p>
<p>全年预算数150.00万元，全年执行数135.00万元，<br>执行率90.00%。</p>
<table border="1">
<tr><td>项目</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td><td>说明</td></tr>
<tr><td>资金总额</td><td>150.00</td><td>135.00</td><td>92.00%</td><td><p>第一段说明。</p><p>第二段说明，<br>换行续写。</p></td></tr>
<tr><td><p>其中：</p><p>财政拨款</p></td><td>150.00</td><td>135.00</td><td>90.00%</td><td></td></tr>
</table>
<p>二、绩效目标完成情况</p>
<p>各项绩效目标均已完成。</p>
</body></html>
HTML
(cd "$work" && soffice --convert-to 'doc:MS Word 97' --outdir "$work/doc" ./*.html)
(cd "$work/doc" && soffice --convert-to 'html:HTML (StarWriter)' --outdir "$work/html" ./*.doc)
cp "$work"/doc/*.doc "$root/fixtures/formats/"
cp "$work"/html/seed-*.html "$root/fixtures/formats/"
ls -l "$root/fixtures/formats/"
