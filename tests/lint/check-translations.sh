#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# Every user-facing string must be translated in every shipped language. lupdate re-scans the
# same sources as ui/CMakeLists.txt's qt_add_translations into temporary copies of the .ts
# files (the checked-in files are never touched), then this fails when a message is
# unfinished, vanished or obsolete, when the code and the checked-in file disagree on the set
# of source strings, or when a translation drops or adds a placeholder (%1, %n, %L1).
# Usage: check-translations.sh <source dir> <lupdate> [build dir]
set -uo pipefail
src=${1:?source dir}
lupdate=${2:?path of lupdate}
builddir=${3:-build}
if [ ! -x "$lupdate" ]; then
  echo "SKIPPED: lupdate not found ($lupdate); install Qt 6 Linguist tools (Debian: qt6-l10n-tools)."
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "SKIPPED: python3 not found; it reads the .ts files."
  exit 77
fi
cd "$src" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# The same sources as ui/CMakeLists.txt: app/core (.cpp .h), app/ctl (.cpp), ui (.cpp .h .ui).
mapfile -t sources < <( (find app/core ui -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \)
                         find app/ctl -type f -name '*.cpp') | LC_ALL=C sort)
if [ ${#sources[@]} -eq 0 ]; then
  echo "no sources found under $src"; exit 2
fi

# One lupdate run over temporary copies: what update_translations would write. English
# (pcauth_en.ts) holds only the plural forms of the source text: lupdate -pluralonly.
tsfiles=(translations/pcauth_*.ts)
copies=()
for ts in "${tsfiles[@]}"; do
  cp "$ts" "$tmp/" || exit 2
  [ "$(basename "$ts")" = pcauth_en.ts ] || copies+=("$tmp/$(basename "$ts")")
done
if ! "$lupdate" "${sources[@]}" -I app/core -I ui -ts "${copies[@]}" -no-obsolete -locations none \
     >"$tmp/lupdate.log" 2>&1; then
  echo "lupdate failed:"; cat "$tmp/lupdate.log"; exit 2
fi
if [ -f translations/pcauth_en.ts ] \
   && ! "$lupdate" "${sources[@]}" -I app/core -I ui -ts "$tmp/pcauth_en.ts" -pluralonly \
        -no-obsolete -locations none >>"$tmp/lupdate.log" 2>&1; then
  echo "lupdate failed:"; cat "$tmp/lupdate.log"; exit 2
fi

status=0
for ts in "${tsfiles[@]}"; do
  copy="$tmp/$(basename "$ts")"
  python3 - "$ts" "$copy" <<'PY' || status=1
import re, sys
import xml.etree.ElementTree as ET

checked_in, scanned = sys.argv[1], sys.argv[2]
LIMIT = 20

def messages(path):
    for ctx in ET.parse(path).getroot().iter('context'):
        for m in ctx.iter('message'):
            yield ctx.findtext('name'), m

def ident(ctx, m):
    return (ctx, m.findtext('source') or '', m.findtext('comment') or '')

def placeholders(text):
    return sorted(re.findall(r'%L?(?:\d+|n)', text or ''))

problems = {}
def report(kind, ctx, m):
    problems.setdefault(kind, []).append(f'[{ctx}] {m.findtext("source")!r}')

for ctx, m in messages(checked_in):
    kind = m.find('translation').get('type')
    if kind in ('vanished', 'obsolete'):
        report(f'{kind} (no longer in the code)', ctx, m)

in_file = {ident(ctx, m) for ctx, m in messages(checked_in)}
in_code = set()
for ctx, m in messages(scanned):
    in_code.add(ident(ctx, m))
    t = m.find('translation')
    if ident(ctx, m) not in in_file:
        report('in the code but not in the .ts file', ctx, m)
    elif t.get('type') == 'unfinished':
        report('not translated (unfinished)', ctx, m)
    else:
        forms = [f.text for f in t.iter('numerusform')] if m.get('numerus') == 'yes' else [t.text]
        want = placeholders(m.findtext('source'))
        if m.get('numerus') == 'yes':
            want = sorted(set(want) - {'%n'})
        for form in forms:
            if not form:
                report('translation is empty', ctx, m)
                break
            got = placeholders(form)
            if m.get('numerus') == 'yes':
                got = sorted(set(got) - {'%n'})
            if got != want:
                report(f'placeholders differ (source {want}, translation {got})', ctx, m)
                break
for ctx, src, cmt in sorted(in_file - in_code):
    problems.setdefault('in the .ts file but no longer in the code', []).append(f'[{ctx}] {src!r}')

if not problems:
    print(f'{checked_in}: {len(in_code)} messages, all translated')
    sys.exit(0)
for kind, items in problems.items():
    print(f'{checked_in}: {len(items)} message(s) {kind}:')
    for item in items[:LIMIT]:
        print('    ' + item)
    if len(items) > LIMIT:
        print(f'    ... and {len(items) - LIMIT} more')
sys.exit(1)
PY
done

if [ $status -ne 0 ]; then
  echo
  echo "To fix: cmake --build $builddir --target update_translations (English plural forms:"
  echo "lupdate -pluralonly over the same sources -ts translations/pcauth_en.ts)"
  echo "(the target exists in builds configured with -DPCAUTH_BUILD_GUI=ON), then translate"
  echo "the messages listed above in translations/*.ts (Qt Linguist or an editor)."
fi
exit $status
