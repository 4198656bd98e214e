#!/usr/bin/env bash
# Refreshes translations/*.ts from the client sources (new strings arrive as "unfinished").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
for ts in translations/*.ts; do
  only=()
  # English is the sources' own language: its file holds only the plural forms of %n messages (P26).
  [ "$(basename "$ts")" = tutorhub_en.ts ] && only=(-pluralonly)
  "$lupdate" -silent -locations none -no-obsolete "${only[@]}" api models ui app -ts "$ts"
done
echo "Updated: $(ls translations/*.ts | tr '\n' ' ')"
