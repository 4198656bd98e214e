#!/usr/bin/env bash
# The translation check finds each kind of problem (P23): a fixture .ts with one message of each kind,
# and well-formed ones that must not be reported.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
got=$(awk -v forms=2 -f "$root/scripts/check-translations.awk" "$root/tests/i18n/broken.ts" | cut -f1,3 | sort)
expected=$(printf '%s\n' \
  $'empty\tLeft empty' \
  $'missing-form\t%n file(s)' \
  $'missing-form\t%n row(s) of %1' \
  $'obsolete\tGone from the sources' \
  $'placeholders\tHello %1, you have %2' \
  $'unfinished\tLeft unfinished' | sort)
if [ "$got" != "$expected" ]; then
  echo "FAIL: the check reported"; echo "$got"; echo "instead of"; echo "$expected"
  exit 1
fi
echo "PASS: every kind of problem found, nothing else"
