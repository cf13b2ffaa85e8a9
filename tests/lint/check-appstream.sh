#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# check-appstream.sh SOURCE_DIR PROJECT_VERSION
# The AppStream metainfo passes `appstreamcli validate` (what software centres and Flathub run),
# and its newest <release> is the project's version, so a release cannot ship stale metadata.
# Exits 77 (ctest: skipped) when appstreamcli is not installed (Debian package: appstream).
set -uo pipefail
metainfo="$1/resources/linux/io.github.pcauth.PCAuth.metainfo.xml"
version="$2"
if ! command -v appstreamcli >/dev/null; then
  echo "SKIPPED: appstreamcli not installed (apt install appstream; packaging/debian/install-deps.sh)"
  exit 77
fi
status=0
appstreamcli validate --no-net --explain "$metainfo" || status=1
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | sed 's/.*version="//; s/"$//')
if [ "$newest" != "$version" ]; then
  echo "$metainfo: newest <release> is '$newest', the project version is '$version':" \
       "add a <release> entry for $version"
  status=1
fi
[ $status -eq 0 ] && echo "metainfo ok: valid, newest release $newest"
exit $status
