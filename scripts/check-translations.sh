#!/usr/bin/env bash
# Fails when a translation is incomplete: extracts the client's strings into a copy of each .ts file
# and counts messages that are new, unfinished or empty.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent -locations none -no-obsolete api models ui app -ts "$copy" >/dev/null 2>"$tmp/lupdate.err"
  # lupdate files a tr() it cannot tie to a class under a made-up context: at run time the text would
  # be looked up under another context and stay English.
  if grep -q "lacks Q_OBJECT" "$tmp/lupdate.err"; then
    echo "FAIL: tr() outside a class lupdate can see (use Q_DECLARE_TR_FUNCTIONS or QT_TRANSLATE_NOOP with the runtime context):"
    grep "lacks Q_OBJECT" "$tmp/lupdate.err" | head -n 20
    status=1
  fi
  total=$(grep -c '<message' "$copy" || true)
  missing=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$missing" -gt 0 ] || [ "$total" -eq 0 ]; then
    echo "FAIL: $ts: $missing of $total messages untranslated. Run scripts/update-translations.sh and translate:"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -n 40
    status=1
  else
    echo "PASS: $ts: all $total messages translated"
  fi
done
exit $status
