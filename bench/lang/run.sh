#!/usr/bin/env bash
# bench/lang/run.sh - the language benchmark: each program in bench/lang/*.ts
# built natively with tsfw (-O2) and run under node, on the same machine in one
# run, alternating native and node, RUNS times each (default 5); reports the
# median wall time and the median peak RSS of each process, their ratios, and
# whether the targets are met: time ratio <= 1.0 (binary_trees <= 1.5) and RSS
# ratio <= 0.25. node runs each program transpiled twice, with and without
# useDefineForClassFields (the second is much faster on class-heavy code), and
# the better median of the two is node's time, so native is compared with the
# best node does.
#
#   bench/lang/run.sh [prog ...]      (names without .ts; default: all)
#   RUNS=5 bench/lang/run.sh
#
# Needs GNU time (/usr/bin/time; `apt-get install -y time`). Exit status: 0
# when every program built and printed the same output natively and under
# node (missed targets are reported, not failures), 1 otherwise.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
OUT=build/bench
TIME=/usr/bin/time
mkdir -p "$OUT"

if ! "$TIME" -f "%e %M" true >/dev/null 2>&1; then
  echo "bench: GNU time is needed at $TIME (apt-get install -y time)" >&2
  exit 1
fi
if [ ! -f dist/compiler/cli.js ]; then
  echo "bench: building the compiler" >&2
  node_modules/.bin/tsc -b ts/compiler || exit 1
fi

if [ $# -gt 0 ]; then progs=("$@"); else
  progs=(); for f in bench/lang/*.ts; do progs+=("$(basename "$f" .ts)"); done
fi

# run_one LABEL CMD... : runs CMD with stdout to $OUT/LABEL.out and appends
# "ms rss_kb" to $OUT/LABEL.times, both from GNU time: %e is the child's wall
# time (fork to reaping, 10 ms resolution; time's own start-up is not
# counted), %M its peak RSS.
run_one() {
  local label=$1; shift
  "$TIME" -f "%e %M" -o "$OUT/$label.rss" "$@" >"$OUT/$label.out" 2>"$OUT/$label.err"
  local rc=$?
  tail -n 1 "$OUT/$label.rss" | awk '{printf "%d %d\n", $1 * 1000 + 0.5, $2}' >>"$OUT/$label.times"
  return $rc
}

# median of column N (1-based) of a file
median() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

status=0
rows=()
for p in "${progs[@]}"; do
  src=bench/lang/$p.ts
  echo "bench: $p: building" >&2
  if ! node dist/compiler/cli.js build "$src" -o "$OUT/$p" >"$OUT/$p.build.log" 2>&1; then
    echo "bench: $p: native build FAILED:" >&2; sed 's/^/  /' "$OUT/$p.build.log" >&2
    rows+=("$p|build failed"); status=1; continue
  fi
  if ! node -e '
    const ts = require("typescript"), fs = require("fs");
    const src = fs.readFileSync(process.argv[1], "utf8");
    for (const [define, out] of [[true, process.argv[2]], [false, process.argv[3]]]) {
      const options = { target: 99, useDefineForClassFields: define };
      const js = ts.transpileModule(src, { compilerOptions: options }).outputText;
      fs.writeFileSync(out, "globalThis.print = console.log;\n" + js);
    }
  ' "$src" "$OUT/$p.js" "$OUT/$p.nodefine.js"; then
    rows+=("$p|transpile failed"); status=1; continue
  fi
  rm -f "$OUT/$p.native.times" "$OUT/$p.node.times" "$OUT/$p.nodefine.times"
  ok=yes
  for ((i = 1; i <= RUNS; i++)); do
    echo "bench: $p: run $i/$RUNS" >&2
    run_one "$p.native" "$OUT/$p" || { ok="native exit $?"; }
    run_one "$p.node" node "$OUT/$p.js" || { ok="node exit $?"; }
    run_one "$p.nodefine" node "$OUT/$p.nodefine.js" || { ok="node (no define) exit $?"; }
    if [ "$ok" = yes ] && ! cmp -s "$OUT/$p.native.out" "$OUT/$p.node.out"; then ok="outputs differ"; fi
    if [ "$ok" = yes ] && ! cmp -s "$OUT/$p.node.out" "$OUT/$p.nodefine.out"; then ok="node's outputs differ"; fi
    if [ "$ok" = yes ]; then
      if [ $i -eq 1 ]; then cp "$OUT/$p.native.out" "$OUT/$p.expected"
      elif ! cmp -s "$OUT/$p.native.out" "$OUT/$p.expected"; then ok="output changed between runs"; fi
    fi
    [ "$ok" = yes ] || break
  done
  if [ "$ok" != yes ]; then
    echo "bench: $p: $ok" >&2
    diff "$OUT/$p.native.out" "$OUT/$p.node.out" | head -n 10 >&2
    head -n 5 "$OUT/$p.native.err" "$OUT/$p.node.err" >&2
    rows+=("$p|$ok"); status=1; continue
  fi
  best=node
  if [ "$(median "$OUT/$p.nodefine.times" 1)" -lt "$(median "$OUT/$p.node.times" 1)" ]; then best=nodefine; fi
  rows+=("$p|$(median "$OUT/$p.native.times" 1) $(median "$OUT/$p.$best.times" 1) $(median "$OUT/$p.native.times" 2) $(median "$OUT/$p.$best.times" 2)|$(head -c 50 "$OUT/$p.expected" | head -n 1)")
done

echo
echo "tsfw language benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(uname -m), node $(node --version), $(gcc -dumpfullversion 2>/dev/null || gcc -dumpversion), median of $RUNS runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-14s %10s %10s %7s %11s %11s %7s  %-9s %-9s %s\n" program "native ms" "node ms" "time x" "native KB" "node KB" "RSS x" "time ok" "RSS<=.25" "output"
for r in "${rows[@]}"; do
  IFS='|' read -r name figs what <<<"$r"
  if [ -z "$what" ] && ! [[ $figs =~ ^[0-9] ]]; then
    printf "%-14s %s\n" "$name" "FAILED: $figs"; continue
  fi
  read -r nms jms nkb jkb <<<"$figs"
  awk -v n="$name" -v nms="$nms" -v jms="$jms" -v nkb="$nkb" -v jkb="$jkb" -v w="$what" 'BEGIN {
    tr = (jms > 0 ? nms / jms : 0); rr = nkb / jkb; lim = (n == "binary_trees" ? 1.5 : 1.0)
    printf "%-14s %10d %10d %7.2f %11d %11d %7.3f  %-9s %-9s %s\n", n, nms, jms, tr, nkb, jkb, rr,
      (tr <= lim ? "yes" : "MISS"), (rr <= 0.25 ? "yes" : "MISS"), w }'
done
exit $status
