#!/usr/bin/env bash
# The repository documents itself (issue 16, item 7): every relative link in README.md and docs/*.md points
# at a file inside the repository, nothing links outside it (../shared, ..), and every decision code that a
# comment in the code cites (D12, SEC5, L3, C50, ...) is defined in docs/decisions.md; gap codes (G36) are
# defined in docs/api-contract.md. Usage: scripts/check-docs.sh [repository root]
set -u
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 2
fail=0

for doc in README.md docs/*.md; do
  dir=$(dirname "$doc")
  # Markdown links [text](target): relative targets only (no scheme, no pure anchors).
  while IFS= read -r target; do
    path="${target%%#*}"
    [ -z "$path" ] && continue
    case "$path" in http://*|https://*|mailto:*) continue ;; esac
    resolved=$(realpath -m "$dir/$path")
    case "$resolved" in
      "$root"/*) [ -e "$resolved" ] || { echo "$doc: link to a missing file: $target"; fail=1; } ;;
      *) echo "$doc: link outside the repository: $target"; fail=1 ;;
    esac
  done < <(grep -oE '\]\([^)[:space:]]+\)' "$doc" | sed -E 's/^\]\((.*)\)$/\1/')
  # Prose that sends readers beside the repository (the target architecture quotes the old paths on purpose).
  if [ "$doc" != docs/target-architecture.md ] && [ "$doc" != docs/api-contract.md ] && grep -n '\.\./shared' "$doc"; then
    echo "$doc: refers to ../shared, which is not part of the repository"; fail=1
  fi
done

defined=$(grep -oE '^- \*\*[A-Z]+[0-9]+[a-z]?' docs/decisions.md | sed 's/^- \*\*//' | sort -u)
gaps=$(grep -oE '\bG[0-9]+\b' docs/api-contract.md | sort -u)
# Codes cited in comments (after //) of the C++ sources; data strings are not citations.
cited=$(grep -rhoE '// .*' --include='*.cpp' --include='*.h' api models ui app server tests bench resources 2>/dev/null |
        grep -oE '\b(D|SEC|L|S|T|R|C|A|M|P|G)[0-9]{1,3}[a-z]?\b' | sort -u)
for code in $cited; do
  case "$code" in
    G*) grep -qx "$code" <<<"$gaps" || { echo "gap $code is cited in the code but not in docs/api-contract.md"; fail=1; } ;;
    *) grep -qx "$code" <<<"$defined" || { echo "decision $code is cited in the code but not defined in docs/decisions.md"; fail=1; } ;;
  esac
done

[ $fail -eq 0 ] && echo "docs: links inside the repository, every cited decision defined"
exit $fail
