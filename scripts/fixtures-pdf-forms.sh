#!/bin/sh
# Makes fixtures/formats/project-form-bordered.pdf and project-form-bordered-bad.pdf (run by hand;
# needs soffice): a short report whose bordered 项目支出绩效自评表 runs over a page break, its
# first row repeated there, with merged and wrapped cells (scripts/fixtures-pdf-forms.mjs), printed
# by LibreOffice; the bad one with a wrong 执行率 and a wrong 总分, the other its correct twin.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }
node "$root/scripts/fixtures-pdf-forms.mjs" good > "$work/project-form-bordered.html"
node "$root/scripts/fixtures-pdf-forms.mjs" bad > "$work/project-form-bordered-bad.html"
(cd "$work" && office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export ./*.html)
cp "$work"/project-form-bordered*.pdf "$root/fixtures/formats/"
