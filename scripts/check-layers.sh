#!/usr/bin/env bash
# The ctest `layers` (issue 17, decision K4): the rooms keep to their side of the arrows.
# - ui/ presents view-models: it constructs no api/ facade, sends no request (ApiRequest, callJson, ApiClient::send)
#   and includes no facade header; it may take plain value types from api/ (types.h, apierror.h, ...).
# - ui/ asks every modal question through the prompter seam (K2): no QMessageBox/QInputDialog/QFileDialog statics,
#   and no dialog opened directly (K70): no argument-less `->open()`/`.open()`/`->exec()`/`.exec()` and no
#   `&SomeDialog::open`/`exec` slot outside ui/common/prompter.cpp (pages call ui::openDialog(prompter, dialog) or
#   prompter->exec/openDialog). QFile::open(mode), QMenu::exec(pos), QDesktopServices::openUrl take arguments and
#   do not match; an argument-less call on something that is not a dialog (a QEventLoop) says so on its line with
#   the comment `// layers: not a dialog`.
# - models/ opens no window (no QtWidgets), api/ knows neither models/ nor ui/, nothing but app/ includes app/.
# - One typed settings object (K53): QSettings appears only in api/appsettings.* (the typed class) and
#   app/appstorage.cpp (the one place that opens the file); QStandardPaths only in app/appstorage.cpp. Every other
#   component takes api::AppSettings and the folders from the composition root.
# Usage: scripts/check-layers.sh [repository root]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root" || exit 2
fail=0
# rule <description> <regex> <folders...>: every match (outside comments) is a violation. The files whose path
# matches $allowed (a grep -E regex, empty = none) may match.
allowed=''
rule() {
  local what=$1 re=$2
  shift 2
  local hits
  hits=$(grep -rnE --include='*.cpp' --include='*.h' "$re" "$@" 2>/dev/null | grep -vE '^[^:]+:[0-9]+:\s*//' |
    grep -v '^ui/common/prompter\.' | grep -v '// layers: not a dialog' |
    { if [ -n "$allowed" ]; then grep -vE "^($allowed):"; else cat; fi; })
  if [ -n "$hits" ]; then
    echo "$what:"
    sed 's/^/  /' <<<"$hits"
    fail=1
  fi
}
facades='(Auth|Catalog|Enrollment|Issues|Admin|Messaging|Notification|TwoFactor)Api'
rule "ui/ constructs an api/ facade (move the call into a view-model in models/)" \
  "new (api::)?${facades}\b|(api::)?${facades}[ ]+[a-z][A-Za-z0-9_]*[({]|make_unique<(api::)?${facades}>" ui
rule "ui/ sends a request itself (move it into a view-model in models/)" \
  'ApiRequest::|callJson\(|->send\(api::|ApiClient::send' ui
rule "ui/ includes an api/ facade header" "#include \"(api/)?(adminapi|authapi|catalogapi|enrollmentapi|issuesapi|jsonapi|messagingapi|notificationapi|twofactorapi)\.h\"" ui
rule "ui/ opens a standard dialog directly (ask through WorkspaceContext::prompter, K2)" \
  'QMessageBox::(question|information|warning|critical|about)\(|QInputDialog::get|QFileDialog::get' ui
rule "ui/ opens a dialog itself (open it through the prompter: ui::openDialog(prompter, dialog), K70)" \
  '(->|\.)(open|exec)\(\)|&[A-Za-z]*Dialog::(open|exec)\b' ui
rule "models/ uses widgets (a view-model never opens a window)" '#include <(QWidget|QDialog|QMessageBox|QFileDialog|QInputDialog|QtWidgets)' models
rule "api/ depends on models/ or ui/" '#include "(models|ui)/' api
rule "only app/ includes app/" '#include "app/' api models ui
allowed='api/appsettings\.(h|cpp)|app/appstorage\.cpp'
rule "QSettings outside the settings class (take api::AppSettings from the composition root, K53)" \
  '\bQSettings\b' api models ui app
allowed='app/appstorage\.cpp'
rule "QStandardPaths outside app/appstorage.cpp (take the folders from api::AppSettings::folders(), K53)" \
  '\bQStandardPaths\b' api models ui app
allowed=''
[ $fail -eq 0 ] && echo "layers: ui presents, models decide, api talks; no direct dialogs; one settings object"
exit $fail
