#!/bin/sh
# Make fixtures/formats/word-auto-numbered.docx with LibreOffice, as Word users get such files: a
# small report whose headings are numbered by the outline (一、 and （一）), with a numbered list
# and a table, written by hand as flat ODF (word-auto-numbered.fodt) and saved as Word 2007 XML.
# Run by hand, not in CI:
#   sh scripts/fixtures-docx.sh
# A private LibreOffice profile keeps it from waiting on another running soffice.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice() { command soffice "-env:UserInstallation=file://$work/profile" --headless "$@"; }
soffice --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$root/fixtures/formats/word-auto-numbered.fodt"
cp "$work/word-auto-numbered.docx" "$root/fixtures/formats/"
ls -l "$root/fixtures/formats/word-auto-numbered.docx"
