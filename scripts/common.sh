# Shared by run.sh and test.sh: install what is missing, configure and build one preset.
# Usage: . scripts/common.sh; tutorhub_build <preset>
set -euo pipefail
TUTORHUB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

tutorhub_build() {
  local preset=$1
  "$TUTORHUB_ROOT/scripts/setup-deps.sh"
  cd "$TUTORHUB_ROOT"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -- -k 0
}
