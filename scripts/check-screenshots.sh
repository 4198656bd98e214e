#!/usr/bin/env bash
# The ctest `screenshots` (label screenshots, decision P47): renders the screenshot set with the already-built
# binaries (TUTORHUB_BUILD_DIR) and checks it. The CI's set (TUTORHUB_SCREENSHOT_SET=ci, the default here) is the
# gallery's: every screen of every role in every language, light and dark, and in English high contrast;
# TUTORHUB_SCREENSHOT_SET=all adds high contrast in the other languages (about 6 minutes on 2 cores).
# Fails when scripts/screenshots.sh fails (a page that stops the run, a sign-in that does not reach the main
# window), when a folder misses a screen English light has (or a role's first page, a login screen), when a
# file is not a PNG of the window's size, when a dark or high-contrast screen is not dark, and when
# docs/gallery.md is stale in structure (scripts/update-gallery.sh --check).
# Usage: TUTORHUB_BUILD_DIR=build-ci scripts/check-screenshots.sh [dir]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${TUTORHUB_BUILD_DIR:?set TUTORHUB_BUILD_DIR to a build directory}"
export TUTORHUB_SCREENSHOT_SET=${TUTORHUB_SCREENSHOT_SET:-ci}
out=${1:-$(mktemp -d)}
keep=${1:+yes}
[ -n "$keep" ] || trap 'rm -rf "$out"' EXIT
fail=0
problem() { echo "FAILED: $*" >&2; fail=1; }

"$root/scripts/screenshots.sh" "$out" || problem "scripts/screenshots.sh did not complete (see above)"

languages=${TUTORHUB_SCREENSHOT_LANGUAGES:-en de fr es}
themes=${TUTORHUB_SCREENSHOT_THEMES:-light dark high-contrast}
folder() { if [ "$2" = light ]; then echo "$out/$1"; else echo "$out/$1/$2"; fi; }
names() { (cd "$1" 2>/dev/null && ls -1 -- *.png 2>/dev/null) || true; }

reference=$(names "$out/en")
[ -n "$reference" ] || problem "no English light screenshots in $out/en"
for role in admin tutor student; do
  grep -q "^$role-01-" <<<"$reference" || problem "no page of the $role workspace in $out/en"
done
for want in login-signin.png login-local-server-error.png; do
  grep -qx "$want" <<<"$reference" || problem "$want missing in $out/en"
done

for lang in $languages; do
  for theme in $themes; do
    dir=$(folder "$lang" "$theme")
    have=$(names "$dir")
    if [ "$TUTORHUB_SCREENSHOT_SET" != all ] && [ "$lang" != en ] && [ "$theme" = high-contrast ]; then
      continue # not in the CI's set (nor in the gallery)
    fi
    expected=$reference
    missing=$(comm -23 <(sort <<<"$expected") <(sort <<<"$have"))
    [ -z "$missing" ] || problem "$lang/$theme lacks: $(tr '\n' ' ' <<<"$missing")"
    [ ! -e "$dir/login-error.png" ] || problem "$lang/$theme: a demo sign-in did not reach the main window ($dir/login-error.png)"
    for f in $have; do
      info=$(identify -format '%m %w %h %[fx:mean]' "$dir/$f" 2>/dev/null) || { problem "$lang/$theme/$f is not an image"; continue; }
      read -r format width height mean <<<"$info"
      [ "$format" = PNG ] || problem "$lang/$theme/$f is $format, not PNG"
      [ "$width" -ge 400 ] && [ "$height" -ge 300 ] || problem "$lang/$theme/$f is only ${width}x${height}"
      # A dark appearance is mostly dark (mean brightness well below the middle), the light one mostly light.
      case $theme in
        light) awk -v m="$mean" 'BEGIN { exit !(m > 0.6) }' || problem "$lang/$theme/$f is not light (mean $mean)" ;;
        *) awk -v m="$mean" 'BEGIN { exit !(m < 0.35) }' || problem "$lang/$theme/$f is not dark (mean $mean)" ;;
      esac
    done
  done
done

# Every screen the run rendered has its entry in the gallery (and the gallery names none that is gone).
"$root/scripts/update-gallery.sh" --check "$out" || problem "docs/gallery.md is stale: run scripts/update-gallery.sh after scripts/screenshots.sh"

count=$(find "$out" -name '*.png' | wc -l)
if [ $fail -eq 0 ]; then echo "screenshots: $count checked (set $TUTORHUB_SCREENSHOT_SET)"; fi
exit $fail
