#!/usr/bin/env bash
# Acceptance of values handling against the real Helm: for every *.yaml / *.yml file in DIR, renders a
# throw-away chart whose three templates print `{{ toYaml .Values }}`, `{{ toJson .Values }}` and
# `{{ .Values | toYaml | fromYaml | toJson }}`, once with Helm (`helm template x chart -f FILE`) and once
# with swift-template, and compares the outputs (stdout, stderr and exit status) byte for byte.
# Prints one line per file and comparison, then the totals; exits non-zero on any difference.
#
# Usage: scripts/accept-values.sh DIR [SWIFT_TEMPLATE_BINARY]
#   HELM_ORACLE   Helm binary (default: scripts/fetch-helm.sh, which fetches it when missing)
#   The swift-template binary defaults to .build/release/swift-template, built when missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:?usage: scripts/accept-values.sh DIR [SWIFT_TEMPLATE_BINARY]}"
ours="${2:-}"
helm="${HELM_ORACLE:-$("$root/scripts/fetch-helm.sh")}"
if [ -z "$ours" ]; then
  ours="$root/.build/release/swift-template"
  if [ ! -x "$ours" ]; then
    (cd "$root" && swift build -c release --product swift-template --static-swift-stdlib >&2)
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chart="$work/accept"
mkdir -p "$chart/templates"
printf 'apiVersion: v2\nname: accept\nversion: 0.1.0\n' > "$chart/Chart.yaml"
printf '{{ toYaml .Values }}\n' > "$chart/templates/toyaml.yaml"
printf '{{ toJson .Values }}\n' > "$chart/templates/tojson.yaml"
printf '{{ .Values | toYaml | fromYaml | toJson }}\n' > "$chart/templates/roundtrip.yaml"

identical=0
differing=0
shopt -s nullglob
for file in "$dir"/*.yaml "$dir"/*.yml; do
  name="$(basename "$file")"
  for template in toyaml tojson roundtrip; do
    set +e
    "$helm" template x "$chart" -f "$file" -s "templates/$template.yaml" > "$work/helm.out" 2> "$work/helm.err"
    echo "status $?" >> "$work/helm.err"
    "$ours" template x "$chart" -f "$file" -s "templates/$template.yaml" > "$work/ours.out" 2> "$work/ours.err"
    echo "status $?" >> "$work/ours.err"
    set -e
    if cmp -s "$work/helm.out" "$work/ours.out" && cmp -s "$work/helm.err" "$work/ours.err"; then
      identical=$((identical + 1))
      echo "identical  $name $template ($(wc -c < "$work/helm.out") bytes)"
    else
      differing=$((differing + 1))
      echo "DIFFERENT  $name $template"
      diff "$work/helm.out" "$work/ours.out" | head -n 20 || true
      diff "$work/helm.err" "$work/ours.err" | head -n 5 || true
    fi
  done
done
echo "$identical identical, $differing differing"
[ "$differing" -eq 0 ]
