#!/usr/bin/env bash
# Regenerates docs/contract.md from contract/routes.def (issue 13, docs/decisions.md C9).
# Usage: scripts/update-contract-doc.sh [build dir, default build-ci]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-ci}
cmake --build "$build" --target tutorhub-contractdoc >/dev/null
"$build/contract/tutorhub-contractdoc" "$root" > "$root/docs/contract.md"
echo "Updated: docs/contract.md"
