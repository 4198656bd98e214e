#!/usr/bin/env bash
# Runs a command inside a throw-away desktop session (issue 15 item 7, decision U13): its own D-Bus session
# bus (dbus-run-session), an Xvfb X server, and optionally the real desktop services a test talks to:
#   --notifications  dunst, Debian's notification daemon (owns org.freedesktop.Notifications; dunstctl
#                    reads its history and invokes actions)
#   --tray           trayer, an XEmbed system tray (owns _NET_SYSTEM_TRAY_S0)
# The command runs with QT_QPA_PLATFORM=xcb and DISPLAY set, plus TUTORHUB_TEST_DESKTOP=<what was started>
# ("notifications", "tray", "notifications,tray" or "none"), so the test knows what to expect.
# Usage: scripts/desktop-session.sh [--notifications] [--tray] -- <command> [args...]
set -euo pipefail
notifications=0
tray=0
while [ $# -gt 0 ]; do
  case "$1" in
    --notifications) notifications=1 ;;
    --tray) tray=1 ;;
    --) shift; break ;;
    *) break ;;
  esac
  shift
done
[ $# -gt 0 ] || { echo "usage: $0 [--notifications] [--tray] -- command..." >&2; exit 2; }

if [ -z "${TUTORHUB_IN_DESKTOP_SESSION:-}" ]; then
  for tool in dbus-run-session Xvfb; do
    command -v "$tool" >/dev/null || { echo "desktop-session: $tool is missing (scripts/setup-deps.sh installs it)" >&2; exit 1; }
  done
  [ $notifications = 0 ] || command -v dunst >/dev/null || { echo "desktop-session: dunst is missing (scripts/setup-deps.sh)" >&2; exit 1; }
  [ $tray = 0 ] || command -v trayer >/dev/null || { echo "desktop-session: trayer is missing (scripts/setup-deps.sh)" >&2; exit 1; }
  args=()
  [ $notifications = 0 ] || args+=(--notifications)
  [ $tray = 0 ] || args+=(--tray)
  # A private runtime and config directory: no user's dunstrc or session leaks in.
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -m 700 "$tmp/runtime"
  export XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" TUTORHUB_IN_DESKTOP_SESSION=1
  exec_rc=0
  dbus-run-session -- "$0" "${args[@]}" -- "$@" || exec_rc=$?
  exit $exec_rc
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Xvfb chooses a free display itself (-displayfd): it binds the first number nobody holds and writes it to
# the descriptor once it accepts connections. Choosing a number here and checking its lock file raced with
# other sessions started at the same moment (two Xvfb on one number; the loser's clients lost the display).
displayfile="$XDG_RUNTIME_DIR/display"
: > "$displayfile"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$displayfile" >"$XDG_RUNTIME_DIR/xvfb.log" 2>&1 &
xpid=$!
pids+=("$xpid")
display=""
for _ in $(seq 300); do
  kill -0 "$xpid" 2>/dev/null || break
  display=$(tr -dc '0-9' < "$displayfile")
  if [ -n "$display" ] && xwininfo -display ":$display" -root >/dev/null 2>&1; then break; fi
  display=""
  sleep 0.1
done
[ -n "$display" ] || { echo "desktop-session: Xvfb did not start" >&2; cat "$XDG_RUNTIME_DIR/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"
started=()

if [ $notifications = 1 ]; then
  mkdir -p "$XDG_CONFIG_HOME/dunst"
  : > "$XDG_CONFIG_HOME/dunst/dunstrc" # dunst's built-in defaults
  dunst >"$XDG_RUNTIME_DIR/dunst.log" 2>&1 &
  pids+=($!)
  # Asks the bus who owns the name (dunstctl itself would D-Bus-activate a second dunst without a display).
  owned() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true
  }
  for _ in $(seq 300); do
    owned && break
    sleep 0.1
  done
  owned || { echo "desktop-session: dunst did not take the bus name" >&2; cat "$XDG_RUNTIME_DIR/dunst.log" >&2; exit 1; }
  started+=(notifications)
fi
if [ $tray = 1 ]; then
  trayer --edge top --align right --widthtype pixel --width 120 --heighttype pixel --height 24 >"$XDG_RUNTIME_DIR/trayer.log" 2>&1 &
  traypid=$!
  pids+=("$traypid")
  panel() { xwininfo -root -tree 2>/dev/null | grep -q '"panel": ("panel" "trayer")'; }
  for _ in $(seq 300); do # its "panel" window appears once it manages the tray selection
    panel && break
    kill -0 "$traypid" 2>/dev/null || break
    kill -0 "$xpid" 2>/dev/null || { echo "desktop-session: Xvfb ended while trayer was starting" >&2; break; }
    sleep 0.1
  done
  panel || { echo "desktop-session: trayer did not show its panel" >&2; cat "$XDG_RUNTIME_DIR/trayer.log" >&2; exit 1; }
  started+=(tray)
fi
export QT_QPA_PLATFORM=xcb
TUTORHUB_TEST_DESKTOP=$(IFS=,; echo "${started[*]:-none}")
export TUTORHUB_TEST_DESKTOP
"$@"
