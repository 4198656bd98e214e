#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks what it installs and depends on.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$build"
cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb")"
contents=$(dpkg-deb -c "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
fail=0
for f in ./usr/bin/tutorhub ./usr/bin/tutorhub-server ./usr/share/applications/co.mindbricks.tutorhub.desktop \
         ./usr/share/metainfo/co.mindbricks.tutorhub.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/co.mindbricks.tutorhub.svg; do
  grep -q " $f\$" <<<"$contents" || { echo "missing in package: $f"; fail=1; }
done
for d in libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6keychain1 libssl3 libsodium23; do
  grep -q "$d" <<<"$depends" || { echo "missing dependency: $d"; fail=1; }
done
exit $fail
