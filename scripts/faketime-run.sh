#!/usr/bin/env bash
# Runs a command as if the wall clock showed a given instant, in a given time zone (libfaketime, Debian
# package `faketime`). The clock keeps running from there; child processes (the local server the app or a
# test starts) see the same offset, because it is relative to the real clock. Monotonic clocks are left
# alone, so timers and timeouts behave normally.
#   scripts/faketime-run.sh 2027-03-28T00:30:00Z Europe/Berlin build-ci/tests/ui/tst_student_e2e
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 <instant, e.g. 2027-03-28T00:30:00Z> <IANA zone> <command> [args...]" >&2
  exit 2
fi
when=$1 zone=$2
shift 2
# The library itself rather than the faketime program, which would fork: with exec, the command keeps this
# process id, so ctest's timeout (or anyone) stops the command and not only a wrapper around it.
lib=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -n 1)
[ -n "$lib" ] || { echo "faketime-run: libfaketime is not installed (scripts/setup-deps.sh installs the faketime package)" >&2; exit 2; }
target=$(date -u -d "$when" +%s)
offset=$((target - $(date -u +%s)))
[ "$offset" -ge 0 ] && offset="+$offset"
exec env LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}" FAKETIME="$offset" FAKETIME_DONT_FAKE_MONOTONIC=1 TZ="$zone" "$@"
