#!/usr/bin/env bash
# Builds the Debian package from a build tree into <out dir> (the fixture of the other packaging tests) and
# checks what it installs and depends on (P10).
# Usage: check-deb.sh <build dir> <out dir> "<icon sizes>"
set -euo pipefail
build=$1
out=$2
sizes=${3:-16 22 24 32 48 64 128 256 512}
sizes=${sizes//;/ }
rm -rf "$out"
mkdir -p "$out"
cd "$build"
cpack -G DEB -B "$out/cpack" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
debs=("$out"/cpack/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one .deb in $out/cpack"; ls "$out/cpack"; exit 1; }
mv "${debs[0]}" "$out/tutorhub.deb"
rm -rf "$out/cpack"
deb="$out/tutorhub.deb"
echo "built $(basename "${debs[0]}") ($(stat -c %s "$deb") bytes)"
contents=$(dpkg-deb -c "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
fail=0
expect=(./usr/bin/tutorhub ./usr/bin/tutorhub-server
        ./usr/share/applications/co.mindbricks.tutorhub.desktop
        ./usr/share/metainfo/co.mindbricks.tutorhub.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/co.mindbricks.tutorhub.svg
        ./usr/share/doc/tutorhub/copyright ./usr/share/doc/tutorhub/changelog.gz
        ./usr/share/man/man1/tutorhub.1.gz ./usr/share/man/man1/tutorhub-server.1.gz)
for s in $sizes; do
  expect+=("./usr/share/icons/hicolor/${s}x${s}/apps/co.mindbricks.tutorhub.png")
done
for f in "${expect[@]}"; do
  grep -q " $f\$" <<<"$contents" || { echo "missing in package: $f"; fail=1; }
done
for d in libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6keychain1 \
         libqt6svg6 libssl3 libsodium23 libical3; do
  grep -q "$d" <<<"$depends" || { echo "missing dependency: $d"; fail=1; }
done
# Nothing of the build tree or the tests in the package.
if grep -E 'tst_|bench_|fuzz|render-icon|\.a$|/include/' <<<"$contents"; then
  echo "the package holds files that are not for users (above)"; fail=1
fi

# Unpacked: the PNGs have the size their folder names, the files are for everyone to read.
root="$out/root"
dpkg-deb -x "$deb" "$root"
for s in $sizes; do
  png="$root/usr/share/icons/hicolor/${s}x${s}/apps/co.mindbricks.tutorhub.png"
  [ -f "$png" ] || continue
  dims=$(file -b "$png" | grep -oE '[0-9]+ x [0-9]+' || true)
  [ "$dims" = "$s x $s" ] || { echo "$png is $dims, not $s x $s"; fail=1; }
done
# The installed tree as the desktop sees it: the desktop entry, and the metainfo with the desktop entry
# and icons it refers to.
desktop-file-validate "$root/usr/share/applications/co.mindbricks.tutorhub.desktop" || fail=1
appstreamcli validate-tree --no-net --pedantic "$root" || fail=1
bad=$(find "$root" \( -type f ! -perm 0644 ! -perm 0755 \) -o \( -type d ! -perm 0755 \))
[ -z "$bad" ] || { echo "unusual permissions:"; echo "$bad"; fail=1; }
[ $fail -eq 0 ] && echo "package contents, dependencies and icons as expected"
exit $fail
