#!/usr/bin/env python3
"""Times whole commands of swift-template against the real Helm on the same inputs and prints ratios.

Each scenario runs both programs alternately (Helm, ours, Helm, ours, ...) so that machine noise hits
both alike, and reports the median wall time and the median peak resident memory (from wait4's rusage)
of each, then ours/Helm as ratios. Outputs are compared byte for byte on the first run, so a benchmark
never times a wrong answer.

Usage: scripts/bench_vs_helm.py [--runs N] [--scenario NAME ...] [--swift-template PATH] [--helm PATH]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(argv, stdout_path=None):
    """Runs argv, returns (seconds, peak RSS in KiB, exit status, stdout bytes).

    Output goes to a file, never a pipe: wait4 must not wait on a child blocked writing megabytes
    into a pipe nobody reads yet."""
    with (open(stdout_path, "wb") if stdout_path else tempfile.TemporaryFile()) as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        data = b""
        if not stdout_path:
            out.seek(0)
            data = out.read()
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status), data


def tenant_chart_scenario(tier="premium"):
    release = {"premium": "tenant-1", "advanced": "tenant-3", "basic": "tenant-2"}[tier]
    namespace = {"premium": "tenant-1", "advanced": "tenant-3", "basic": "pool-1"}[tier]
    return ["template", release, "charts/helm-tenant-chart", "--namespace", namespace,
            "-f", f"charts/helm-tenant-chart/ci/{tier}-values.yaml"]


def large_chart(workdir, crds=600):
    """A chart whose templates/ hold many CRD-sized documents (a few MB of manifests)."""
    chart = os.path.join(workdir, "large")
    os.makedirs(os.path.join(chart, "templates"), exist_ok=True)
    with open(os.path.join(chart, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: large\nversion: 1.0.0\n")
    with open(os.path.join(chart, "values.yaml"), "w") as f:
        f.write("group: example.com\nreplicas: 3\nlabels:\n  team: platform\n  tier: backend\n")
    props = "".join(
        f"                field{j}:\n                  type: string\n                  description: "
        f"\"Field {j} of {{{{ $kind }}}}, {{{{ $.Values.group | upper }}}}\"\n"
        for j in range(40))
    for i in range(crds // 10):
        with open(os.path.join(chart, "templates", f"crds-{i}.yaml"), "w") as f:
            f.write(f"{{{{- range $n := until 10 }}}}\n{{{{- $kind := printf \"Kind%d%d\" {i} $n }}}}\n"
                    "---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                    "metadata:\n  name: {{ lower $kind }}s.{{ $.Values.group }}\n  labels:\n"
                    "    {{- toYaml $.Values.labels | nindent 4 }}\nspec:\n  group: {{ $.Values.group }}\n"
                    "  names:\n    kind: {{ $kind }}\n    plural: {{ lower $kind }}s\n  scope: Namespaced\n"
                    "  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n"
                    "        openAPIV3Schema:\n          type: object\n          properties:\n"
                    "            spec:\n              type: object\n              properties:\n"
                    + props + "{{- end }}\n")
    return ["template", "big", chart]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scenario", action="append", choices=["tenant-chart", "large-chart"])
    parser.add_argument("--swift-template", default=os.path.join(ROOT, ".build/release/swift-template"))
    parser.add_argument("--helm", default=None)
    args = parser.parse_args()
    helm = args.helm or subprocess.check_output([os.path.join(ROOT, "scripts/fetch-helm.sh")], text=True).strip()
    ours = args.swift_template
    if not os.path.exists(ours):
        sys.exit(f"{ours} not found: build it first with `swift build -c release --product swift-template`")
    scenarios = args.scenario or ["tenant-chart", "large-chart"]
    workdir = tempfile.mkdtemp(prefix="bench-vs-helm-")
    failed = False
    try:
        print(f"{'scenario':<16}{'helm s':>10}{'ours s':>10}{'time ratio':>12}{'helm MiB':>10}{'ours MiB':>10}{'mem ratio':>11}")
        for name in scenarios:
            cmd = tenant_chart_scenario() if name == "tenant-chart" else large_chart(workdir)
            _, _, hs, hout = run_once([helm] + cmd)
            _, _, os_, oout = run_once([ours] + cmd)
            if hs != 0 or os_ != 0 or hout != oout:
                print(f"{name}: outputs differ or a run failed (helm exit {hs}, ours exit {os_}); not timed")
                failed = True
                continue
            ht, hm, ot, om = [], [], [], []
            for _ in range(args.runs):
                t, m, _, _ = run_once([helm] + cmd, os.devnull)
                ht.append(t); hm.append(m)
                t, m, _, _ = run_once([ours] + cmd, os.devnull)
                ot.append(t); om.append(m)
            h_t, o_t = statistics.median(ht), statistics.median(ot)
            h_m, o_m = statistics.median(hm) / 1024, statistics.median(om) / 1024
            print(f"{name:<16}{h_t:>10.4f}{o_t:>10.4f}{o_t / h_t:>12.3f}{h_m:>10.1f}{o_m:>10.1f}{o_m / h_m:>11.3f}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
