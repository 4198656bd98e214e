#!/usr/bin/env bash
# The translation check (ctest translations_complete, issue 16 P23). For every translations/*.ts:
#   - extracts the client's strings into a copy (lupdate, keeping vanished ones) and fails on messages
#     that are new or unfinished, empty, obsolete (in the .ts but no longer in the sources), numerus
#     messages (%n) without every plural form of the language, and translations whose %1…%9 differ;
#   - fails when the file is not compiled into the app (translations/CMakeLists.txt).
# Names the file, the kind of problem, the context and the English source of each message.
# Fix: scripts/update-translations.sh, then translate (Qt Linguist, or translations/fill_translations.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
  name=$(basename "$ts")
  copy="$tmp/$name"
  cp "$ts" "$copy"
  # English is the sources' own language: its file holds only the plural forms (%n; P26).
  only=()
  [ "$name" = tutorhub_en.ts ] && only=(-pluralonly)
  "$lupdate" -silent -locations none "${only[@]}" api models ui app -ts "$copy" >/dev/null 2>"$tmp/lupdate.err"
  # lupdate files a tr() it cannot tie to a class under a made-up context: at run time the text would
  # be looked up under another context and stay English.
  if grep -q "lacks Q_OBJECT" "$tmp/lupdate.err"; then
    echo "FAIL: tr() outside a class lupdate can see (use Q_DECLARE_TR_FUNCTIONS or QT_TRANSLATE_NOOP with the runtime context):"
    grep "lacks Q_OBJECT" "$tmp/lupdate.err" | head -n 20
    status=1
  fi
  if ! grep -q "$name" translations/CMakeLists.txt; then
    echo "FAIL: $ts is not in translations/CMakeLists.txt (TUTORHUB_TS_FILES), so the app does not contain it"
    status=1
  fi
  lang=$(sed -n 's/.*<TS [^>]*language="\([a-zA-Z]*\).*/\1/p' "$copy" | head -n 1)
  case "$lang" in
    de|en|es|fr|it|nl|pt|sv|da|nb|fi|el|hu|tr) forms=2 ;;
    ja|ko|zh|vi|th|id) forms=1 ;;
    *) forms=$(grep -c '<numerusform' "$copy" >/dev/null && awk 'BEGIN{RS="</translation>"} /<numerusform/{n=gsub(/<numerusform/,"");if(n>m)m=n} END{print m+0}' "$copy") ;;
  esac
  # The committed file and the refreshed copy: one shows what is stale in the repository, the other
  # what the sources need now.
  { awk -v forms="$forms" -f scripts/check-translations.awk "$ts"
    awk -v forms="$forms" -f scripts/check-translations.awk "$copy"; } | sort -u >"$tmp/problems"
  total=$(grep -c '<message' "$copy" || true)
  if [ -s "$tmp/problems" ] || [ "$total" -eq 0 ]; then
    echo "FAIL: $ts ($lang): $(wc -l <"$tmp/problems") of $total messages need work. Run scripts/update-translations.sh and translate:"
    awk -F '\t' '{ printf "  %-12s [%s] %s\n", $1, $2, $3 }' "$tmp/problems" | head -n 60
    status=1
  else
    echo "PASS: $ts ($lang): all $total messages translated, every plural with its $forms forms"
  fi
done
exit $status
