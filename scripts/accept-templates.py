#!/usr/bin/env python3
"""Differential acceptance of single templates: the real Helm against swift-template.

    scripts/accept-templates.py CASE_DIR [--helm PATH] [--ours PATH] [--jobs N] [--quiet] [--swift]

CASE_DIR holds one file per case, NAME.tpl (the template's exact bytes), with an optional NAME.values.yaml
(the chart's values) or NAME.dot.yaml (a YAML value to use as the template's dot, for test tables that run
a template on their own data). Each case becomes a chart `c` (apiVersion v2, version 0.1.0) whose templates
are the case, as `templates/_case.tpl`, and `templates/t.yaml`:

    out: {{ include "c/templates/_case.tpl" . | b64enc }}

(with a dot file, `.Values.dot` is passed instead of `.`, and the values are `dot: <that value>`)
so any output survives Helm's YAML check of the manifest (base64), and errors carry the case's own
file, line and column. Both programs run `template c` in the same directory; a case is identical when
stdout, stderr and the exit status are byte-identical. Differences are printed with both outputs decoded;
the summary line counts identical and differing cases. Exit status 1 when any case differs.

--swift prints, instead of comparing, one Swift `ChartCase(...)` per case from Helm's results (for
Tests/HelmFunctionsTests; the expectations are Helm's, never ours).

The cases themselves are not part of the repository: fetch or write them into a scratch directory.
"""
import argparse
import base64
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRAPPER = 'out: {{ include "c/templates/_case.tpl" . | b64enc }}\n'
DOT_WRAPPER = 'out: {{ include "c/templates/_case.tpl" .Values.dot | b64enc }}\n'


def run_case(binary, template, values, dot=None):
    work = tempfile.mkdtemp(prefix="accept-")
    try:
        chart = os.path.join(work, "c")
        os.makedirs(os.path.join(chart, "templates"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
        with open(os.path.join(chart, "values.yaml"), "wb") as f:
            f.write(values if dot is None else b"dot: " + dot)
        with open(os.path.join(chart, "templates", "_case.tpl"), "wb") as f:
            f.write(template)
        with open(os.path.join(chart, "templates", "t.yaml"), "w") as f:
            f.write(WRAPPER if dot is None else DOT_WRAPPER)
        env = {"PATH": "/usr/bin:/bin", "HOME": work}
        try:
            p = subprocess.run([binary, "template", "c"], cwd=work, capture_output=True, env=env, timeout=120)
            return p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired:
            return b"", b"timeout after 120 s\n", -1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def decoded_output(stdout):
    """The case's bytes from the wrapper's `out:` line, or None."""
    for line in stdout.split(b"\n"):
        if line.startswith(b"out: "):
            text = line[5:].strip().strip(b'"')
            try:
                return base64.b64decode(text)
            except ValueError:
                return None
    return None


def error_message(stderr):
    """Helm's error text after `Error: `, without the trailing `--debug` hint."""
    text = stderr.decode("utf-8", "replace")
    marker = "Error: "
    start = text.find(marker)
    if start < 0:
        return text.strip()
    text = text[start + len(marker):]
    hint = "\n\nUse --debug flag to render out invalid YAML"
    if hint in text:
        text = text[: text.index(hint)]
    return text.rstrip("\n")


def show(result):
    stdout, stderr, status = result
    if status == 0:
        out = decoded_output(stdout)
        return "output %r" % (out,) if out is not None else "stdout %r" % (stdout,)
    return "status %d, error %r" % (status, error_message(stderr))


def swift_string(data):
    """A Swift string literal for text (str)."""
    out = []
    for ch in data:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def swift_case(template, values, result):
    try:
        template_text = template.decode("utf-8")
    except UnicodeDecodeError:
        return "// not UTF-8, write by hand: %r" % (template,)
    tail = ", values: %s" % swift_string(values.decode("utf-8")) if values else ""
    stdout, stderr, status = result
    if status == 0:
        out = decoded_output(stdout)
        if out is None:
            return "// no out: line for %s" % swift_string(template_text)
        try:
            return "ChartCase(%s, output: %s%s)," % (swift_string(template_text), swift_string(out.decode("utf-8")), tail)
        except UnicodeDecodeError:
            return "ChartCase(%s, bytes: %s%s)," % (swift_string(template_text), json.dumps(list(out)), tail)
    return "ChartCase(%s, error: %s%s)," % (swift_string(template_text), swift_string(error_message(stderr)), tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases")
    parser.add_argument("--helm", default=os.environ.get("HELM_ORACLE", os.path.join(ROOT, ".helm-oracle", "helm")))
    parser.add_argument("--ours", default=os.path.join(ROOT, ".build", "debug", "swift-template"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quiet", action="store_true", help="only the summary and the names of differing cases")
    parser.add_argument("--swift", action="store_true", help="print Helm's results as Swift ChartCase lines")
    args = parser.parse_args()

    names = sorted(n[: -len(".tpl")] for n in os.listdir(args.cases) if n.endswith(".tpl"))
    if not names:
        sys.exit("no .tpl cases in " + args.cases)

    def read(name, suffix):
        path = os.path.join(args.cases, name + suffix)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            return f.read()

    def evaluate(name):
        template, values, dot = read(name, ".tpl"), read(name, ".values.yaml") or b"", read(name, ".dot.yaml")
        helm = run_case(args.helm, template, values, dot)
        ours = None if args.swift else run_case(args.ours, template, values, dot)
        return name, template, values, dot, helm, ours

    identical, differing = 0, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, template, values, dot, helm, ours in pool.map(evaluate, names):
            if args.swift:
                print("// %s: its dot is data, write by hand" % name if dot is not None else swift_case(template, values, helm))
                continue
            if helm == ours:
                identical += 1
                continue
            differing.append(name)
            if args.quiet:
                print("DIFF " + name)
            else:
                print("DIFF %s\n  template: %r\n  helm:  %s\n  ours:  %s" % (name, template, show(helm), show(ours)))
    if args.swift:
        return
    print("%d cases: %d identical, %d differing" % (len(names), identical, len(differing)))
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
