#!/bin/sh
# Makes the PDF fixtures in fixtures/formats/ with real tools (run by hand; needs soffice, pdftoppm,
# qpdf): each seed report printed to PDF by LibreOffice from HTML with real tables, a scan (a page
# as an image only) and a password-protected copy.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fixtures/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

for seed in "$root"/fixtures/seed-*.md; do
  base=$(basename "$seed" .md)
  node "$root/scripts/fixtures-pdf.mjs" "$seed" > "$work/$base.html"
done
# Writer's HTML import (not Writer/Web, whose PDF export leaves the text out); fonts are subset.
(cd "$work" && office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export ./*.html)
for pdf in "$work"/seed-*.pdf; do cp "$pdf" "$out/"; done

# (The refused ones go to test/data/, not fixtures/: `crossfoot fixtures` lints every sample.)
# A scan: the first page of a seed as a grey image, put back into a PDF with no text layer.
pdftoppm -f 1 -l 1 -r 50 -gray -jpeg -singlefile "$out/seed-001-chenxi-2023.pdf" "$work/scan"
node "$root/scripts/fixtures-pdf-scan.mjs" "$work/scan.jpg" "$root/test/data/scan.pdf"

# Encrypted with a user password (AES-256): it cannot be opened without it. One page is enough.
qpdf --empty --pages "$out/seed-002-luquan-2025.pdf" 1 -- "$work/one-page.pdf"
qpdf --encrypt user owner 256 -- "$work/one-page.pdf" "$root/test/data/encrypted.pdf"
