#!/usr/bin/env bash
# The installed app starts (P12): the package that check-deb.sh built is unpacked into a temporary root with
# dpkg-deb -x, and its usr/bin/tutorhub runs offscreen with a clean environment (temporary HOME and XDG
# folders, no TUTORHUB_SERVER_BIN, PATH without the build tree). The start-up probe reports when the sign-in
# window is up and which local server program is running; that must be the unpacked usr/bin/tutorhub-server.
# Then the app quits, and the server must have ended with it.
# Usage: check-deb-starts.sh <out dir of check-deb.sh>
set -uo pipefail
deb="$1/tutorhub.deb"
[ -f "$deb" ] || { echo "no package at $deb (packaging_deb builds it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
home="$tmp/home"
dpkg-deb -x "$deb" "$root" || exit 1
mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
app="$root/usr/bin/tutorhub"
server="$root/usr/bin/tutorhub-server"
run() {
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" \
      XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen \
      QT_LOGGING_RULES='qt.qpa.*=false' "$@"
}
fail=0

# The translations are compiled into the installed program.
help_de=$(run LANG=de_DE.UTF-8 LANGUAGE=de timeout 20 "$app" --help 2>&1)
grep -q "Diese Hilfe anzeigen" <<<"$help_de" || { echo "the installed app does not speak German:"; echo "$help_de"; fail=1; }

start=$(date +%s%N)
out=$(run LANG=C.UTF-8 TUTORHUB_PROBE=login timeout 60 "$app" 2>&1)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$out" | tail -n 20
line=$(grep -m1 '^tutorhub-probe shown=' <<<"$out")
if [ $rc -ne 0 ] || [ -z "$line" ]; then
  echo "the installed app did not reach its sign-in window (exit code $rc)"; fail=1
else
  echo "sign-in window up after $ms ms: $line"
  grep -q 'shown=login ' <<<"$line" || { echo "the probe reported another window"; fail=1; }
  [ "${line##* server=}" = "$server" ] ||
    { echo "the running local server was ${line##* server=}, not the installed $server"; fail=1; }
fi
# The bundled server used the user's data folder (AppDataLocation/local-server) ...
data="$home/share/TutorHub/TutorHub/local-server"
[ -s "$data/tutorhub.sqlite" ] || { echo "no server database in $data"; fail=1; }
# ... and ended with the app.
sleep 0.2
left=$(pgrep -f "^$server" || true)
if [ -n "$left" ]; then
  echo "the installed server still runs after the app quit (pid $left)"; fail=1
  for pid in $left; do kill "$pid"; done
fi
[ $fail -eq 0 ] && echo "the installed app starts its bundled server and shows the sign-in window"
exit $fail
