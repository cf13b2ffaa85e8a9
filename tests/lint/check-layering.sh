#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The core (app/) must stay GUI-free: no Widgets, Gui or WebEngine header, and the sandbox
# must not include core headers (it is the other side of the wire). The views' controllers
# (ui/*/*controller.*) are GUI-free too: their tests run without a widget.
set -uo pipefail
cd "$1"
status=0
gui=$(grep -rnE '#include *[<"](QtWidgets|QtGui|QtWebEngine[A-Za-z]*|QWidget|QWebEngine[A-Za-z]*|QDialog|QMainWindow|QApplication|QGuiApplication|QPixmap|QImage|QIcon)' app || true)
if [ -n "$gui" ]; then
  echo "GUI headers included under app/:"; echo "$gui"; status=1
fi
ctrl=$(grep -nE '#include *[<"](QtWidgets|QtGui|QtWebEngine[A-Za-z]*|QWidget|QWebEngine[A-Za-z]*|QDialog|QMainWindow|QApplication|QGuiApplication|QPixmap|QImage|QIcon|ui_)' ui/*/*controller.* 2>/dev/null || true)
if [ -n "$ctrl" ]; then
  echo "GUI headers included by a view's controller:"; echo "$ctrl"; status=1
fi
cross=$(grep -rnE '#include *"(api|cloud|crypto|errors|health|net|oauth|profiles|schedule|session|support|token|vault)/' app/sandbox || true)
if [ -n "$cross" ]; then
  echo "app/sandbox includes pcauth_core headers:"; echo "$cross"; status=1
fi
[ $status -eq 0 ] && echo "layering ok: app/ and the views' controllers are GUI-free, the sandbox does not use the core"
exit $status
