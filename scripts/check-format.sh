#!/usr/bin/env bash
# The ctest `format` (issue 17, decision K1): every C++ file git tracks is as clang-format writes it with the
# checked-in .clang-format, and no line of it passes 120 columns (clang-format leaves long string literals
# alone, so they are counted here). scripts/format.sh fixes the first kind. Usage: scripts/check-format.sh [root]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root" || exit 2
command -v clang-format >/dev/null || { echo "clang-format is missing: run scripts/setup-deps.sh"; exit 2; }
fail=0
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(git ls-files -z '*.cpp' '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found under $root (not a git checkout?)"; exit 2; }
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/tutorhub-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/tutorhub-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
  echo "run scripts/format.sh to format them"
  fail=1
fi
rm -f /tmp/tutorhub-format.$$
# Columns are characters, not bytes (UTF-8 text such as "…" in comments counts once).
long=$(perl -CSD -ne 'chomp; print "$ARGV:$.: " . length($_) . " columns\n" if length($_) > 120; close ARGV if eof' "${files[@]}")
if [ -n "$long" ]; then
  echo "$long"
  echo "lines over 120 columns: split the literal or the comment"
  fail=1
fi
[ $fail -eq 0 ] && echo "format: ${#files[@]} files as clang-format writes them, no line over 120 columns"
exit $fail
