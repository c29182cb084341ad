#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) and runs one, or each in turn, for a bounded time.
#
#   scripts/fuzz.sh [FuzzTemplate|FuzzYAML|FuzzSet|FuzzChartArchive|all] [seconds]   (default: all 600)
#   scripts/fuzz.sh --build                      build only
#   scripts/fuzz.sh --repro TARGET FILE          run one input (a crash file) and exit
#
# Inputs that crash, hang (-timeout=10) or exceed -rss_limit_mb=4096 land in Fuzz/Crashes/<target>/.
# New interesting inputs go to Fuzz/.build/corpus/<target>/; the checked-in seeds in Fuzz/Corpus/ are
# only read. FUZZ_CONFIG=debug builds unoptimised (slower to run, quicker to rebuild); extra libFuzzer
# flags can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-jobs=2 -workers=2"). FUZZ_NO_BUILD=1 runs the
# binaries already built (e.g. a second target in parallel with one whose script built them).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
config="${FUZZ_CONFIG:-release}"
targets=(FuzzTemplate FuzzYAML FuzzSet FuzzChartArchive)

build() {
    if [[ "${FUZZ_NO_BUILD:-}" == 1 ]]; then
        bin="$(cd "$fuzz" && swift build -c "$config" --show-bin-path)"
        return
    fi
    # -sanitize=fuzzer instruments for coverage and links libFuzzer; address adds ASan.
    (cd "$fuzz" && swift build -c "$config" -Xswiftc -sanitize=fuzzer,address 2>&1 \
        | grep -v "ld.gold: warning: Cannot export local symbol")
    bin="$(cd "$fuzz" && swift build -c "$config" --show-bin-path)"
}

run() {
    local target="$1" seconds="$2"
    mkdir -p "$fuzz/.build/corpus/$target" "$fuzz/Crashes/$target"
    echo "== $target for ${seconds}s"
    # shellcheck disable=SC2086
    "$bin/$target" "$fuzz/.build/corpus/$target" "$fuzz/Corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$fuzz/Crashes/$target/" -print_final_stats=1 ${FUZZ_FLAGS:-}
}

case "${1:-all}" in
--build)
    build
    ;;
--repro)
    build
    "$bin/$2" -timeout=10 -rss_limit_mb=4096 "$3"
    ;;
all)
    build
    for target in "${targets[@]}"; do run "$target" "${2:-600}"; done
    ;;
*)
    [[ " ${targets[*]} " == *" $1 "* ]] || { echo "unknown target: $1 (one of: ${targets[*]})" >&2; exit 2; }
    build
    run "$1" "${2:-600}"
    ;;
esac
