#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build, and start TutorHub
# on the Local environment with demo data (the bundled tutorhub-server starts as a child process).
# Extra arguments go to the app, e.g. scripts/run.sh --environment staging
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
tutorhub_build default
exec "$TUTORHUB_ROOT/build/app/tutorhub" --environment local --demo "$@"
