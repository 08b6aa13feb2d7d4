#!/usr/bin/env bash
# Smoke test of a one-folder build on Linux: the frozen confdesk answers --version, writes the
# demo, exports a PDF (text and embedded fonts checked) and a Word file, and opens its window
# under Xvfb on the demo and quits by itself.
#   packaging/smoke_test.sh [DIST_FOLDER]   (default: dist/confdesk)
set -euo pipefail
APP_DIR=${1:-dist/confdesk}
APP="$APP_DIR/confdesk"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
mkdir -p "$HOME"

# Outputs are captured first: `grep -q` closing a pipe early would fail it under pipefail.
check() {  # check WHAT TEXT PATTERN
    grep -q -- "$3" <<<"$2" || { echo "smoke test failed: $1"; exit 1; }
}
check "--version" "$("$APP" --version)" '^confdesk '
check "demo" "$("$APP" demo "$WORK/demo.sqlite")" 'participants'
"$APP" export participants -d "$WORK/demo.sqlite" --published -o "$WORK/list.pdf" >/dev/null
check "list PDF text" "$(pdftotext -enc UTF-8 "$WORK/list.pdf" -)" 'Belgium'
unembedded=$(pdffonts "$WORK/list.pdf" | awk 'NR > 2 && $(NF-4) != "yes"')
[[ -z "$unembedded" ]] || { echo "smoke test failed: fonts not embedded: $unembedded"; exit 1; }
"$APP" export document -d "$WORK/demo.sqlite" -o "$WORK/conclusions.docx" >/dev/null
check "conclusions .docx" "$(python3 -c 'import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())' "$WORK/conclusions.docx")" \
    'Genocide'
# the window: shown on the demo, then it quits by itself (CONFDESK_EXIT_AFTER_SHOW)
shown=$(CONFDESK_EXIT_AFTER_SHOW=1 timeout 120 xvfb-run -a "$APP" --fresh-demo 2>"$WORK/stderr") \
    || { cat "$WORK/stderr"; echo "smoke test failed: the window did not start or quit"; exit 1; }
check "the window" "$shown" 'window shown'
echo "smoke test passed: $APP"
