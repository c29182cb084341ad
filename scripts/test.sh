#!/usr/bin/env bash
# The whole test suite: installs what is missing (libyaml-dev, the Helm oracle), builds, runs every test
# (unit, differential against the real Helm, and the golden cases).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/ensure-deps.sh
HELM_ORACLE="$(scripts/fetch-helm.sh)"
export HELM_ORACLE
swift build --build-tests
swift test --skip-build
