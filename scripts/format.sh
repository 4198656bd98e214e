#!/usr/bin/env bash
# Applies the house style (.clang-format, decision K1) to every C++ file git tracks. Usage: scripts/format.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format -i
