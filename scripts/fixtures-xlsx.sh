#!/bin/sh
# Makes the Excel fixtures in fixtures/formats/ with LibreOffice (run by hand: sh scripts/fixtures-xlsx.sh).
# - seed-004-qiannan-2024-form.xlsx: seed 004's tab-separated form rows, every column imported as
#   text so the cells keep the characters the seed has ("3, 104, 531. 58", "100.00").
# - project-form.xlsx: a standard 项目支出绩效自评表 written as flat ODS by fixtures-xlsx.mjs
#   (merged cells, rates stored as 0.9 shown 0.00%, formulas, a date, a hidden sheet), and
#   project-form-bad-rate.xlsx, the same with the 资金总额 执行率 written 95.00% instead of 90.00%.
set -eu
cd "$(dirname "$0")/.."
out=fixtures/formats
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Seed 004 without its `##` title line and the blank line after it; the sheet is named after the file.
tail -n +3 fixtures/seed-004-qiannan-2024-form.md > "$work/部门整体支出绩效自评表.csv"
columns=$(seq 1 12 | sed 's|$|/2|' | paste -sd/ -)
soffice --headless --norestore -env:UserInstallation=file://"$work/profile" \
  --infilter="Text - txt - csv (StarCalc):9,34,76,1,$columns" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/部门整体支出绩效自评表.csv"
cp "$work/部门整体支出绩效自评表.xlsx" "$out/seed-004-qiannan-2024-form.xlsx"

node scripts/fixtures-xlsx.mjs "$work/project-form.fods"
node scripts/fixtures-xlsx.mjs "$work/project-form-bad-rate.fods" --plant-rate
for name in project-form project-form-bad-rate; do
  soffice --headless --norestore -env:UserInstallation=file://"$work/profile" \
    --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" "$work/$name.fods"
  cp "$work/$name.xlsx" "$out/$name.xlsx"
done
ls -l "$out"
