#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build with warnings as errors,
# and run the whole test suite headless (offscreen widgets, a throw-away D-Bus session with an
# unlocked gnome-keyring for the keychain tests). Ends with ctest's summary line.
# Extra arguments go to ctest, e.g. scripts/test.sh -R server
# Without extra arguments it also fuzzes the server for 60 s in all (four targets, tests/fuzz): a clang build of the server part with
# libFuzzer, ASan and UBSan in build-ci-fuzz (tests/fuzz; TUTORHUB_SKIP_FUZZ=1 skips it).
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
tutorhub_build ci
rc=0
if [ $# -eq 0 ] && [ "${TUTORHUB_SKIP_FUZZ:-0}" != 1 ]; then
  (cd "$TUTORHUB_ROOT" &&
   CC=clang CXX=clang++ cmake -S . -B build-ci-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTUTORHUB_PARTS=server \
     -DTUTORHUB_FUZZ=ON -DTUTORHUB_BUILD_BENCH=OFF >/dev/null &&
   cmake --build build-ci-fuzz --target tutorhub_fuzzers &&
   ctest --test-dir build-ci-fuzz -L fuzz --output-on-failure) || rc=$?
fi
H=$(mktemp -d)
trap 'rm -rf "$H"' EXIT
mkdir -p "$H/share" "$H/runtime"
chmod 700 "$H/runtime"
export HOME="$H" XDG_DATA_HOME="$H/share" XDG_CONFIG_HOME="$H/config" XDG_CACHE_HOME="$H/cache" \
       XDG_RUNTIME_DIR="$H/runtime" QT_QPA_PLATFORM=offscreen
cd "$TUTORHUB_ROOT"
timeout 3600 dbus-run-session -- bash -c '
  echo -n tutorhub-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --preset ci -j2 "$@"' ctest "$@" || rc=$?
exit $rc
