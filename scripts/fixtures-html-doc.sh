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
(cd "$work" && soffice --convert-to 'doc:MS Word 97' --outdir "$work/doc" ./*.html)
(cd "$work/doc" && soffice --convert-to 'html:HTML (StarWriter)' --outdir "$work/html" ./*.doc)
cp "$work"/doc/*.doc "$work"/html/*.html "$root/fixtures/formats/"
ls -l "$root/fixtures/formats/"
