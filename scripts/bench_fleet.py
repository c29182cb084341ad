#!/usr/bin/env python3
"""Fleet benchmark: `swift-template tenant render-all` against one `helm template` run per tenant.

Builds a GitOps tree like examples/gitops holding N tenants (tiers round-robin; each tenant file is the
tier template with its placeholders replaced, exactly what onboarding writes), then:
  1. times `swift-template tenant render-all --output-dir` for each N (default 100, 1000, 10000) and
     prints the per-tenant cost, to show it stays flat;
  2. times the real Helm rendering the same releases one `helm template` process per tenant (release
     name, target namespace and spec.values taken from each HelmRelease, as Flux would), for
     --helm-tenants of them (default 1000), sequentially and with one process per core;
  3. compares every tenant's output file with Helm's, byte for byte, so the speed-up is of right answers.

Usage: scripts/bench_fleet.py [--sizes 100,1000,10000] [--helm-tenants 1000] [--swift-template PATH]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIERS = ["premium", "advanced", "basic"]


def build_tree(workdir, count):
    tree = os.path.join(workdir, f"gitops-{count}")
    shutil.copytree(os.path.join(ROOT, "examples/gitops"), tree)
    templates = {t: open(os.path.join(tree, "tier-templates", f"{t}_tenant_template.yaml")).read() for t in TIERS}
    for i in range(count):
        tier = TIERS[i % len(TIERS)]
        tenant = f"tenant-{i + 1}"
        text = templates[tier].replace("{TENANT_ID}", tenant).replace("{RELEASE_VERSION}", "0.0")
        with open(os.path.join(tree, "tenants", tier, tenant + ".yaml"), "w") as f:
            f.write(text)
    return tree


def helm_jobs(tree, limit, workdir):
    """(tenant, argv) for `helm template` of each tenant's HelmRelease, values written to a file."""
    jobs = []
    for tier in TIERS:
        folder = os.path.join(tree, "tenants", tier)
        for name in sorted(os.listdir(folder)):
            if name == "kustomization.yaml":
                continue
            docs = [d for d in yaml.safe_load_all(open(os.path.join(folder, name))) if d]
            release = next(d for d in docs if d.get("kind") == "HelmRelease")
            values_file = os.path.join(workdir, "values-" + name)
            with open(values_file, "w") as f:
                yaml.safe_dump(release["spec"]["values"], f)
            jobs.append((name[:-len(".yaml")], ["template", release["spec"]["releaseName"],
                         os.path.join(ROOT, "charts", release["spec"]["chart"]["spec"]["chart"]),
                         "--namespace", release["spec"]["targetNamespace"], "-f", values_file]))
    jobs.sort(key=lambda job: int(job[0].split("-")[1]))
    return jobs[:limit]


def run_helm(helm, jobs, outdir, workers):
    os.makedirs(outdir, exist_ok=True)

    def one(job):
        tenant, argv = job
        with open(os.path.join(outdir, tenant + ".yaml"), "wb") as out:
            subprocess.run([helm] + argv, stdout=out, stderr=subprocess.DEVNULL, check=True)

    start = time.perf_counter()
    if workers == 1:
        for job in jobs:
            one(job)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(one, jobs))
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--helm-tenants", type=int, default=1000)
    parser.add_argument("--swift-template", default=os.path.join(ROOT, ".build/release/swift-template"))
    args = parser.parse_args()
    ours = args.swift_template
    if not os.path.exists(ours):
        sys.exit(f"{ours} not found: build it with `swift build -c release --static-swift-stdlib --product swift-template`")
    helm = subprocess.check_output([os.path.join(ROOT, "scripts/fetch-helm.sh")], text=True).strip()
    cores = os.cpu_count() or 1
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = tempfile.mkdtemp(prefix="bench-fleet-")
    try:
        print(f"{'tenants':>8}{'render-all s':>14}{'ms/tenant':>11}")
        trees = {}
        for count in sizes:
            tree = trees[count] = build_tree(workdir, count)
            out = os.path.join(workdir, f"out-{count}")
            start = time.perf_counter()
            result = subprocess.run([ours, "tenant", "render-all", "--repo", tree, "--charts", os.path.join(ROOT, "charts"),
                                     "--output-dir", out], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                sys.exit(f"render-all failed for {count} tenants:\n{result.stdout}{result.stderr}")
            print(f"{count:>8}{elapsed:>14.3f}{1000 * elapsed / count:>11.3f}")

        n = args.helm_tenants
        tree_n = trees.get(n) or build_tree(workdir, n)
        jobs = helm_jobs(tree_n, n, workdir)
        ours_out = os.path.join(workdir, f"ours-{n}")
        start = time.perf_counter()
        subprocess.run([ours, "tenant", "render-all", "--repo", tree_n, "--charts", os.path.join(ROOT, "charts"),
                        "--output-dir", ours_out], check=True, capture_output=True)
        ours_time = time.perf_counter() - start
        helm_seq = run_helm(helm, jobs, os.path.join(workdir, "helm-seq"), 1)
        helm_par = run_helm(helm, jobs, os.path.join(workdir, "helm-par"), cores)
        mismatches = [t for t, _ in jobs
                      if open(os.path.join(ours_out, t + ".yaml"), "rb").read()
                      != open(os.path.join(workdir, "helm-seq", t + ".yaml"), "rb").read()]
        print(f"\n{n} tenants: render-all {ours_time:.3f} s; {n} x helm template sequential {helm_seq:.2f} s "
              f"({helm_seq / ours_time:.1f}x), {cores} at a time {helm_par:.2f} s ({helm_par / ours_time:.1f}x)")
        print(f"outputs identical to Helm's: {n - len(mismatches)} of {n}")
        return 1 if mismatches else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
