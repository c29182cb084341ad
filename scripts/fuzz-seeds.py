#!/usr/bin/env python3
"""Regenerates the fuzz seed corpora (Fuzz/Corpus/<target>/) from the repository's tests.

Seeds are the inputs the tests already pin against Helm: templates from the GoTemplate oracle
tables and the Sprig/Helm function cases, values files from the fixtures and golden charts, `--set`
arguments from StrvalsTests, and the small .tgz fixtures. Each seed is named by its SHA-1, as
libFuzzer names corpus files. Run from anywhere: python3 scripts/fuzz-seeds.py
"""
import gzip
import hashlib
import io
import pathlib
import re
import tarfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"

# A Swift string literal: "..." (escapes kept for decoding) or #"..."# (raw).
SWIFT_STRING = r'(?:#"(.*?)"#|"((?:[^"\\\n]|\\.)*)")'
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def unescape(body):
    def one(m):
        text = m.group(1)
        if text.startswith("u{"):
            return chr(int(text[2:-1], 16))
        return ESCAPES.get(text, text)
    return re.sub(r'\\(u\{[0-9a-fA-F]+\}|.)', one, body)


def literals(pattern, path):
    for m in re.finditer(pattern, path.read_text()):
        raw, escaped = m.group(1), m.group(2)
        yield raw if raw is not None else unescape(escaped)


def write(target, seeds):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for seed in seeds:
        data = seed if isinstance(seed, bytes) else seed.encode()
        if not data or len(data) > 64 * 1024:
            continue
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"{target}: {count} seeds")


def template_seeds():
    for path in sorted((ROOT / "Tests" / "GoTemplateTests").glob("*OracleTests.swift")):
        # Table rows open with the template: `("{{ ... }}", .output(...))`.
        yield from literals(r'^\s*\(' + SWIFT_STRING + r',', path)
    for path in sorted((ROOT / "Tests" / "HelmFunctionsTests").glob("*.swift")):
        for expression in literals(r'HelmCase\(' + SWIFT_STRING, path):
            yield "{{ " + expression + " }}"
    for path in sorted((ROOT / "Tests" / "ChartEngineTests" / "Fixtures").rglob("templates/*")):
        if path.is_file():
            yield path.read_bytes()


def yaml_seeds():
    for folder in ["Tests/ChartEngineTests/Fixtures", "charts", "golden", "examples"]:
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            if path.is_file() and "templates" not in path.parts:
                yield path.read_bytes()


def set_seeds():
    path = ROOT / "Tests" / "ChartEngineTests" / "StrvalsTests.swift"
    # `.set("a[1]=2")`, `.string(...)`, `.json(...)`, `.literal(...)`.
    yield from literals(r'\.(?:set|string|json|literal)\(' + SWIFT_STRING + r'\)', path)


def tarred(chart):
    """The fixture chart directory as `helm package` lays it out: <name>/... in a tar."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in sorted(chart.rglob("*")):
            if path.is_file():
                info = tar.gettarinfo(str(path), arcname=str(path.relative_to(chart.parent)))
                info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
                with path.open("rb") as f:
                    tar.addfile(info, f)
    return buffer.getvalue()


def archive_seeds():
    # Both forms: FuzzChartArchive wraps input that is not gzip in a stored gzip stream itself.
    for path in sorted((ROOT / "Tests").rglob("*.tgz")):
        if path.stat().st_size <= 64 * 1024:
            yield path.read_bytes()
            yield gzip.decompress(path.read_bytes())
    for chart in sorted((ROOT / "Tests" / "ChartEngineTests" / "Fixtures").iterdir()):
        if (chart / "Chart.yaml").is_file():
            tar = tarred(chart)
            yield tar
            yield gzip.compress(tar, mtime=0)


write("FuzzTemplate", template_seeds())
write("FuzzYAML", yaml_seeds())
write("FuzzSet", set_seeds())
write("FuzzChartArchive", archive_seeds())
