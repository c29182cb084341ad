#!/usr/bin/env bash
# Packages the .tgz subcharts of the `combined` fixture with the REAL Helm (`helm package`), from the
# sources beside this script: inner → packed/charts (a .tgz inside a .tgz), packed → combined/charts,
# greatgrandchild → combined/charts/child/charts/grandchild/charts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM_ORACLE:-$(cd "$here/../../../.." && pwd)/.helm-oracle/helm}"
"$helm" package "$here/inner" -d "$here/packed/charts"
"$helm" package "$here/packed" -d "$here/../combined/charts"
"$helm" package "$here/greatgrandchild" -d "$here/../combined/charts/child/charts/grandchild/charts"
