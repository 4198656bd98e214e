#!/usr/bin/env bash
# The ctest `layers_selftest`: scripts/check-layers.sh really fails on a violation.
# 1. Dialogs (K70): a probe tree holds four violations (dialog->open(), box.exec(), &QDialog::open,
#    &BookingDialog::exec) beside calls that take arguments or are marked (file.open(mode), menu->exec(pos),
#    QDesktopServices::openUrl(url), loop.exec() // layers: not a dialog) and a prompter.cpp that may open dialogs.
# 2. Settings (K53): a copy of the client's folders passes, then one violation at a time is planted (QSettings in
#    ui/, models/ and app/ outside app/appstorage.cpp; QStandardPaths in ui/ and app/) and the check must fail and
#    name the planted file.
# Usage: scripts/check-layers-selftest.sh [repository root]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

probe="$tmp/probe"
mkdir -p "$probe/ui/probe" "$probe/ui/common" "$probe/models" "$probe/api"
cat >"$probe/ui/probe/probe.cpp" <<'CPP'
void probe()
{
    file.open(QIODevice::ReadOnly);
    m_menu->exec(QCursor::pos());
    QDesktopServices::openUrl(url);
    loop.exec(); // layers: not a dialog
    // dialog->open(); in a comment is not a call
    dialog->open();
    box.exec();
    connect(button, &QPushButton::clicked, dialog, &QDialog::open);
    connect(button, &QPushButton::clicked, booking, &BookingDialog::exec);
}
CPP
printf 'void WidgetPrompter::openDialog(QDialog *dialog)\n{\n    dialog->open();\n}\n' >"$probe/ui/common/prompter.cpp"
out=$(bash "$root/scripts/check-layers.sh" "$probe")
status=$?
expected='ui/probe/probe.cpp:8: ui/probe/probe.cpp:9: ui/probe/probe.cpp:10: ui/probe/probe.cpp:11:'
found=$(grep -oE '^  ui/[^:]+:[0-9]+:' <<<"$out" | tr -d ' ' | tr '\n' ' ' | sed 's/ $//')
if [ $status -ne 1 ] || [ "$found" != "$expected" ]; then
  echo "check-layers.sh on the probe tree: exit $status, reported [$found], expected exit 1 and [$expected]"
  echo "$out"
  fail=1
fi

fresh() {
  rm -rf "$tmp/tree"
  mkdir -p "$tmp/tree"
  (cd "$root" && cp -r api models ui app "$tmp/tree/")
}
fresh
if ! bash "$root/scripts/check-layers.sh" "$tmp/tree" >/dev/null; then
  echo "the unchanged tree fails the layers check"
  fail=1
fi
# plant <file> <line>: appends a code line to <file>; the check must fail and name <file>.
plant() {
  local file=$1 line=$2 out
  fresh
  printf '%s\n' "$line" >>"$tmp/tree/$file"
  if out=$(bash "$root/scripts/check-layers.sh" "$tmp/tree"); then
    echo "not caught: '$line' in $file"
    fail=1
  elif ! grep -q "$file" <<<"$out"; then
    echo "caught, but $file is not named:"
    echo "$out"
    fail=1
  fi
}
plant ui/chat/dockrail.cpp '#include <QSettings>'
plant models/reminders/lessonreminders.cpp 'static QSettings *planted = nullptr;'
plant app/application.cpp '#include <QSettings>'
plant api/session.cpp '#include <QSettings>'
plant ui/chat/chatattachments.cpp '#include <QStandardPaths>'
plant app/localserver.cpp 'static const QString planted = QStandardPaths::writableLocation(QStandardPaths::TempLocation);'
plant api/appsettings.cpp '#include <QStandardPaths>'
[ $fail -eq 0 ] && echo "layers self-test: the four direct dialogs and every planted settings violation reported, nothing else"
exit $fail
