#!/usr/bin/env bash
# Installs the Debian 12 packages TutorHub needs to build, test and package.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail
PKGS=(build-essential cmake ninja-build qt6-base-dev libqt6opengl6-dev qt6-websockets-dev
  qt6-httpserver-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
  libqt6sql6-sqlite libsqlite3-dev libssl-dev libsodium-dev pkg-config file qt6-translations-l10n
  xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 fonts-dejavu-core
  imagemagick desktop-file-utils appstream lintian dpkg-dev
  clang clang-format libclang-rt-14-dev faketime libical-dev
  dunst trayer x11-utils
  libqt6sql6-psql libpq-dev postgresql)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all packages present"
  exit 0
fi
echo "setup-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-deps: done"
