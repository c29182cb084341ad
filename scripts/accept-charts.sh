#!/bin/bash
# Acceptance against charts that are not in this repository: runs every `*.cases` file of a
# directory through `helm template` (the oracle) and through `swift-template template`, and
# compares stdout, stderr and exit status byte for byte.
#
#   scripts/accept-charts.sh DIR [CASES...]
#
# DIR holds the charts and the case files; commands run with DIR as the working directory, so
# chart paths and `-f` files in the cases are relative to it. Each line of a case file is
#   label|arguments after `template`
# (blank lines and lines starting with `#` are skipped; arguments are word-split by the shell,
# so quote as on a command line). CASES names particular case files (default: DIR/*.cases).
#
# Environment: HELM_ORACLE (default .helm-oracle/helm), OURS (default .build/debug/swift-template),
# OUT (where both outputs are kept for inspection; default DIR/out).
# Prints SAME/DIFF per line and a summary (how many identical lines are failures in both); exits 1
# when any line differs.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/accept-charts.sh DIR [CASES...]}
shift
dir=$(cd "$dir" && pwd)
helm=${HELM_ORACLE:-$root/.helm-oracle/helm}
ours=${OURS:-$root/.build/debug/swift-template}
out=${OUT:-$dir/out}
for bin in "$helm" "$ours"; do
  [ -x "$bin" ] || { echo "not executable: $bin" >&2; exit 2; }
done
if [ $# -eq 0 ]; then set -- "$dir"/*.cases; fi

same=0 diff=0 failing=0
cd "$dir" || exit 2
for cases in "$@"; do
  while IFS='|' read -r label args; do
    case "$label" in ''|\#*) continue ;; esac
    d=$out/$label
    mkdir -p "$d"
    eval "\"\$helm\" template $args" >"$d/h.out" 2>"$d/h.err"; echo $? >"$d/h.rc"
    eval "\"\$ours\" template $args" >"$d/o.out" 2>"$d/o.err"; echo $? >"$d/o.rc"
    if cmp -s "$d/h.out" "$d/o.out" && cmp -s "$d/h.err" "$d/o.err" && cmp -s "$d/h.rc" "$d/o.rc"; then
      same=$((same + 1))
      [ "$(cat "$d/h.rc")" = 0 ] || failing=$((failing + 1))
      echo "SAME  $label (status $(cat "$d/h.rc"), $(wc -l <"$d/h.out") lines)"
    else
      diff=$((diff + 1))
      what=""
      cmp -s "$d/h.out" "$d/o.out" || what="$what stdout"
      cmp -s "$d/h.err" "$d/o.err" || what="$what stderr"
      cmp -s "$d/h.rc" "$d/o.rc" || what="$what status($(cat "$d/h.rc")/$(cat "$d/o.rc"))"
      echo "DIFF  $label:$what   (diff $d/h.out $d/o.out)"
    fi
  done <"$cases"
done
# Identical failures are a result too (schema, required, fail …), but a count close to the total usually
# means the charts are missing from DIR.
echo "$same identical ($failing of them failing in both), $diff differing, $((same + diff)) command lines"
[ "$diff" -eq 0 ]
