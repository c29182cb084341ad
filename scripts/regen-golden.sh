#!/usr/bin/env bash
# Regenerates every golden/**/expected.yaml with the REAL Helm (never with this engine): each case folder
# holds `args`, the command line after the program name, one argument per line, paths relative to the
# repository root. Usage: scripts/regen-golden.sh [case-dir...]  (default: every case under golden/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
helm="$("$root/scripts/fetch-helm.sh")"
cd "$root"
if [ $# -eq 0 ]; then set -- $(find golden -name args -printf '%h\n' | sort); fi
for case in "$@"; do
  mapfile -t args < "$case/args"
  if "$helm" "${args[@]}" > "$case/expected.yaml.tmp" 2> "$case/stderr.tmp"; then
    mv "$case/expected.yaml.tmp" "$case/expected.yaml"; rm -f "$case/stderr.tmp"
    echo "regenerated $case"
  else
    echo "helm failed for $case:" >&2; cat "$case/stderr.tmp" >&2
    rm -f "$case/expected.yaml.tmp" "$case/stderr.tmp"; exit 1
  fi
done
