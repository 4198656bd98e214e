#!/usr/bin/env bash
# Renders every screen of the client to PNG files under Xvfb, against one local demo server:
#   login-*.png          the login window in each mode (sign in, wrong password, register, verify,
#                        verify with the development code, forgot password, forgot with code, the
#                        two-step sign-in's code step of the demo account with e-mail 2FA)
#   login-local-server-error.png   the login window when the bundled server cannot start
#   <role>-NN-<page>.png the main window of each demo role on EVERY page of its navigation (the app
#                        iterates its WorkspaceNavigationModel, so new pages appear automatically)
#   <role>-account-change-password.png  the account menu's change-password dialog
# Usage: scripts/screenshots.sh [dir]   (default: screenshots/)
# TUTORHUB_BUILD_DIR=<dir> uses an existing build instead of building the default preset.
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

"$server" --port 0 --data "$tmp/server" --demo >"$tmp/server.out" 2>"$tmp/server.log" &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(sed -n 's/^tutorhub-server listening on \(http:[^ ]*\).*/\1/p' "$tmp/server.out" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "tutorhub-server did not start:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
echo "server: $url"

# Isolated home (settings, keyring-free token store), a fixed screen, no input methods.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/share XDG_CACHE_HOME=$tmp/home/cache
export TUTORHUB_TOKEN_STORE=memory QT_QPA_PLATFORM=xcb LANG=${SCREENSHOT_LANG:-C.UTF-8}
mkdir -p "$HOME"
status=0
shoot() { # <name> <env...> -- <app args...>
  local name=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  if ! timeout 120 xvfb-run -a -s "-screen 0 1400x1000x24" \
      env TUTORHUB_SCREENSHOTS="$out" "${envs[@]}" "$app" --data-dir "$tmp/app-$name" "$@"; then
    echo "FAILED: $name" >&2
    status=1
  fi
}

shoot login -- --server-url "$url"
shoot local-error TUTORHUB_SERVER_BIN=/nonexistent/tutorhub-server -- --environment local
[ -f "$out/login-error.png" ] && mv "$out/login-error.png" "$out/login-local-server-error.png"
for account in admin@tutorhub.local maria.keller@tutorhub.local lena.fischer@tutorhub.local; do
  shoot "${account%%@*}" TUTORHUB_SCREENSHOTS_SIGNIN="$account:tutorhub-demo" -- --server-url "$url"
done
if [ -f "$out/login-error.png" ]; then
  echo "FAILED: a demo sign-in did not reach the main window (see $out/login-error.png)" >&2
  status=1
fi
echo "$(find "$out" -name '*.png' | wc -l) screenshots in $out"
exit $status
