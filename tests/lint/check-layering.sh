#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The layers, checked on every #include:
#  - the core (app/) is GUI-free: no Widgets, Gui or WebEngine header;
#  - each core module includes only the modules below it (the table below; a new folder
#    must be added to it, or this check fails);
#  - the sandbox includes no core header (it is the other side of the wire);
#  - what the views share without a widget (AppServices, AppSettings) and the views'
#    controllers include no Widgets, Gui or WebEngine header, so their tests run without one.
set -uo pipefail
cd "$1"
status=0
gui_headers='#include *[<"](QtWidgets|QtGui|QtWebEngine[A-Za-z]*|QWidget|QWebEngine[A-Za-z]*|QDialog|QMainWindow|QApplication|QGuiApplication|QPixmap|QImage|QIcon|QAction|QColor|QFont|ui_[a-z]+\.h)'

gui=$(grep -rnE "$gui_headers" app || true)
if [ -n "$gui" ]; then
  echo "GUI headers included under app/:"; echo "$gui"; status=1
fi

# module: the modules it may include (besides itself)
declare -A allowed=(
  [support]=""
  [token]="support"
  [cloud]="support"
  [errors]="support"
  [net]="cloud support"
  [profiles]="cloud support"
  [schedule]="support"
  [oauth]="cloud errors support"
  [crypto]="cloud support token"
  [api]="cloud errors net support"
  [health]="api cloud errors net profiles support token"
  [access]="api cloud errors net profiles support token"
  [vault]="errors health support token"
  [session]="access api cloud crypto errors health net oauth profiles schedule support token vault"
)
modules=""
for dir in app/core/*/; do
  module=$(basename "$dir")
  modules="$modules|$module"
  if [ -z "${allowed[$module]+set}" ]; then
    echo "app/core/$module is not in the layer table of $0: say what it may include"; status=1
    continue
  fi
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    used=$(echo "$hit" | sed -E 's/.*#include *"([a-z]+)\/.*/\1/')
    [ "$used" = "$module" ] && continue
    case " ${allowed[$module]} " in
      *" $used "*) ;;
      *) echo "app/core/$module may not include $used/ (a layer above it): $hit"; status=1 ;;
    esac
  done < <(grep -rnE '#include *"[a-z]+/' "$dir" || true)
done

cross=$(grep -rnE "#include *\"(${modules#|})/" app/sandbox || true)
if [ -n "$cross" ]; then
  echo "app/sandbox includes pcauth_core headers:"; echo "$cross"; status=1
fi

widgetfree=$(ls ui/appservices.* ui/appsettings.* ui/accessmonitor.* ui/accessnotices.* ui/accesssummary.* ui/*/*controller.* 2>/dev/null)
if [ -n "$widgetfree" ]; then
  hits=$(grep -nE "$gui_headers" $widgetfree || true)
  if [ -n "$hits" ]; then
    echo "GUI headers in widget-free UI code (services, controllers):"; echo "$hits"; status=1
  fi
fi
[ $status -eq 0 ] && echo "layering ok: app/ is GUI-free and layered, the sandbox does not use the core, controllers are widget-free"
exit $status
