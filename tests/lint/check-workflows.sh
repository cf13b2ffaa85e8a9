#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# check-workflows.sh SOURCE_DIR
# Validates every GitHub Actions workflow under .github/workflows against the workflow schema
# with action-validator (npm @action-validator/cli, pinned in packaging/npm/package.json;
# packaging/debian/install-deps.sh installs it into build/tools). Exits 77 (ctest: skipped)
# when the validator is not installed.
set -uo pipefail
src="$1"
validator=""
for candidate in "${PCAUTH_ACTION_VALIDATOR:-}" "$src/build/tools/node_modules/.bin/action-validator" \
                 "$(command -v action-validator 2>/dev/null)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    validator=$candidate
    break
  fi
done
if [ -z "$validator" ]; then
  echo "SKIPPED: action-validator not installed (npm ci --prefix build/tools, see" \
       "packaging/npm/package.json and packaging/debian/install-deps.sh)"
  exit 77
fi
shopt -s nullglob
workflows=("$src"/.github/workflows/*.yml "$src"/.github/workflows/*.yaml)
if [ ${#workflows[@]} -eq 0 ]; then
  echo "no workflow under $src/.github/workflows"
  exit 1
fi
status=0
for workflow in "${workflows[@]}"; do
  # Run from the source dir: the validator checks that path filters match files of the repo.
  if (cd "$src" && "$validator" "${workflow#"$src"/}"); then
    echo "workflow ok: ${workflow#"$src"/}"
  else
    echo "workflow INVALID: ${workflow#"$src"/}"
    status=1
  fi
done
exit $status
