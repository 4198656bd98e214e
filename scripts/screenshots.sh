#!/usr/bin/env bash
# Renders every screen of the client to PNG files under Xvfb, against one local demo server:
#   login-*.png          the login window in each mode (sign in, wrong password, register, verify,
#                        verify with the development code, forgot password, forgot with code, the
#                        two-step sign-in's code step of the demo account with e-mail 2FA)
#   login-local-server-error.png   the login window when the bundled server cannot start
#   <role>-NN-<page>.png the main window of each demo role on EVERY page of its navigation (the app
#                        iterates its WorkspaceNavigationModel, so new pages appear automatically)
#   <role>-account-change-password.png  the account menu's change-password dialog
#   <role>-NN-<page>-<state>.png  further states the pages register (a detail, a dialog), e.g.
#                        tutor-NN-availability-import-busy-times.png: the .ics import's preview (U8);
#                        <role>-NN-messages-conversation.png: the newest conversation, for Lena and Maria the demo
#                        chat with an image (thumbnail) and a PDF (file chip) (U56, U59);
#                        student-NN-student-calendar(-day,-month).png, tutor-NN-tutor-calendar(-day,-month).png: the
#                        Calendar in its week, day and month views (U30);
#                        student-NN-find-tutor-screening-proposal.png: proposing screening times, and
#                        tutor-NN-lessons-screening-propose.png: another time back (when a request is pending; U20)
#   <role>-NN-<page>-offline.png  last of the student and the tutor: a page read again with the server out of reach — the cached
#                        rows with the offline notice and the connection bar (my-learning, lessons; U48)
# Each language gets its own subfolder (<dir>/en, <dir>/de, <dir>/fr, <dir>/es; issue 16, P24), the light
# appearance there and the others below it: <dir>/<lang>/dark, <dir>/<lang>/high-contrast (--theme; P46).
# Usage: scripts/screenshots.sh [dir]   (default: screenshots/)
# TUTORHUB_BUILD_DIR=<dir> uses an existing build instead of building the default preset.
# TUTORHUB_SCREENSHOT_LANGUAGES="fr es" renders only those languages (default: en de fr es).
# TUTORHUB_SCREENSHOT_THEMES="dark" renders only those appearances (default: light dark high-contrast).
# TUTORHUB_SCREENSHOT_SET=ci renders the CI's set, the gallery's (P47): every screen in every language, light and
#   dark, and in English high contrast; the other languages' high contrast is left out.
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

out=${1:-$TUTORHUB_ROOT/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ -n "${TUTORHUB_BUILD_DIR:-}" ]; then
  build=$(cd "$TUTORHUB_BUILD_DIR" && pwd)
else
  tutorhub_build default
  build=$TUTORHUB_ROOT/build
fi
app=$build/app/tutorhub
server=$build/server/tutorhub-server
for f in "$app" "$server"; do
  [ -x "$f" ] || { echo "missing $f (build first)" >&2; exit 1; }
done

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# A fresh demo server per language: the screens of one language change the data the next would show
# (a second run against the same server waits forever on a payment the first one left open).
start_server() { # <name>
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  # The files exist before the server starts: the background job opens them later, and a sed that finds none
  # would end the script (set -e; it happened once in the screenshot test).
  : >"$tmp/server-$1.out"
  : >"$tmp/server-$1.log"
  "$server" --port 0 --data "$tmp/server-$1" --demo >>"$tmp/server-$1.out" 2>>"$tmp/server-$1.log" &
  server_pid=$!
  url=
  for _ in $(seq 1 300); do
    url=$(sed -n 's/^tutorhub-server listening on \(http:[^ ]*\).*/\1/p' "$tmp/server-$1.out" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$url" ]; then
    echo "tutorhub-server did not start:" >&2
    cat "$tmp/server-$1.log" >&2
    exit 1
  fi
  echo "server: $url"
}

# Isolated home (settings, keyring-free token store), a fixed screen, no input methods.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/share XDG_CACHE_HOME=$tmp/home/cache
export TUTORHUB_TOKEN_STORE=memory QT_QPA_PLATFORM=xcb LANG=${SCREENSHOT_LANG:-C.UTF-8}
mkdir -p "$HOME"
status=0
languages=${TUTORHUB_SCREENSHOT_LANGUAGES:-en de fr es}
themes=${TUTORHUB_SCREENSHOT_THEMES:-light dark high-contrast}
set_name=${TUTORHUB_SCREENSHOT_SET:-all}
case $set_name in all|ci) ;; *) echo "TUTORHUB_SCREENSHOT_SET must be all or ci, not $set_name" >&2; exit 2 ;; esac
shoot() { # <name> <env...> -- <app args...>   (uses $lang, $theme, $dir and $only)
  local name=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local rc=0
  timeout 120 xvfb-run -a -s "-screen 0 1400x1000x24" \
    env TUTORHUB_SCREENSHOTS="$dir" TUTORHUB_SCREENSHOTS_ONLY="$only" "${envs[@]}" \
    "$app" --language "$lang" --theme "$theme" --data-dir "$tmp/app-$lang-$theme-$name" "$@" || rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAILED: $lang/$theme/$name (exit $rc)" >&2
    status=1
  fi
}

started=$SECONDS
for lang in $languages; do
for theme in $themes; do
  if [ "$theme" = light ]; then dir=$out/$lang; else dir=$out/$lang/$theme; fi
  only=
  accounts="admin@tutorhub.local maria.keller@tutorhub.local lena.fischer@tutorhub.local"
  [ "$set_name" = ci ] && [ "$theme" = high-contrast ] && [ "$lang" != en ] && continue
  mkdir -p "$dir"
  echo "language: $lang, appearance: $theme${only:+ (short set)}"
  start_server "$lang-$theme"
  shoot login -- --server-url "$url"
  if [ -z "$only" ]; then
    shoot local-error TUTORHUB_SERVER_BIN=/nonexistent/tutorhub-server -- --environment local
    [ -f "$dir/login-error.png" ] && mv "$dir/login-error.png" "$dir/login-local-server-error.png"
  fi
  for account in $accounts; do
    shoot "${account%%@*}" TUTORHUB_SCREENSHOTS_SIGNIN="$account:tutorhub-demo" -- --server-url "$url"
  done
  if [ -f "$dir/login-error.png" ]; then
    echo "FAILED: a demo sign-in did not reach the main window (see $dir/login-error.png)" >&2
    status=1
  fi
done
done
echo "$(find "$out" -name '*.png' | wc -l) screenshots in $out ($languages; $themes; set $set_name) in $((SECONDS - started)) s"
exit $status
