#!/usr/bin/env bash
# bench/http/run.sh - wrk against the same app (bench/http/app.ts) built
# natively and run on the Node shim, on this machine in one run.
#   small dynamic response, 4 KB and 1 MB static files; 1 and 50 connections
#   server pinned to CPU $SRV_CPU, wrk to CPU $WRK_CPU (taskset)
#   servers alternate; each figure is the median of $RUNS runs of $DUR s
#   peak RSS: VmHWM of the server process
# Usage: bash bench/http/run.sh   (from the repository root; make bench-http)
set -euo pipefail
cd "$(dirname "$0")/../.."
DUR=${DUR:-5}
RUNS=${RUNS:-3}
SRV_CPU=${SRV_CPU:-0}
WRK_CPU=${WRK_CPU:-1}
PORT=18500
B=build/bench
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mkdir -p $B/www
head -c 4096 /dev/urandom > $B/www/4k.bin
head -c 1048576 /dev/urandom > $B/www/1m.bin
node dist/compiler/cli.js build bench/http/app.ts -o $B/app >/dev/null
node -e '
const ts = require("typescript"), fs = require("fs");
const src = fs.readFileSync("bench/http/app.ts", "utf8");
fs.writeFileSync(process.argv[1], ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText);
' $B/app.js

start_server() { # $1 = native|node ; sets SPID
  if [ "$1" = native ]; then taskset -c $SRV_CPU $B/app >/dev/null 2>&1 &
  else taskset -c $SRV_CPU node dist/lib/node-run.js $B/app.js >/dev/null 2>&1 &
  fi
  SPID=$!
  for _ in $(seq 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "server $1 did not start" >&2; exit 1
}
stop_server() { kill $SPID 2>/dev/null || true; wait $SPID 2>/dev/null || true; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v); print v + 0 } else if (v ~ /s$/) { sub(/s/, "", v); print v * 1000 } else print v }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

declare -A RPS P99 RSS
for path in /small /4k.bin /1m.bin; do
  for c in 1 50; do
    for run in $(seq $RUNS); do
      if [ $((run % 2)) -eq 1 ]; then order="native node"; else order="node native"; fi
      for s in $order; do
        start_server $s
        taskset -c $WRK_CPU wrk -t1 -c$c -d1s http://127.0.0.1:$PORT$path >/dev/null 2>&1 || true   # warm-up
        out=$(taskset -c $WRK_CPU wrk -t1 -c$c -d${DUR}s --latency http://127.0.0.1:$PORT$path)
        rss=$(awk '/VmHWM/ { print $2 }' /proc/$SPID/status)
        stop_server
        rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
        p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
        k="$path $c $s"
        RPS[$k]="${RPS[$k]:-} $rps"; P99[$k]="${P99[$k]:-} $p99"; RSS[$k]="${RSS[$k]:-} $rss"
        echo "  run $run $s $path c=$c: $rps req/s, p99 ${p99} ms, peak RSS ${rss} kB" >&2
      done
    done
  done
done

printf '\n%-8s %4s | %12s %12s %7s | %9s %9s | %9s %9s %7s\n' test conn "native rps" "node rps" ratio "nat p99" "node p99" "nat RSS" "node RSS" "RSS"
printf '%s\n' "------------------------------------------------------------------------------------------------------"
for path in /small /4k.bin /1m.bin; do
  for c in 1 50; do
    m() { echo $1 | tr ' ' '\n' | grep -v '^$' | median; }
    nr=$(m "${RPS[$path $c native]}"); dr=$(m "${RPS[$path $c node]}")
    np=$(m "${P99[$path $c native]}"); dp=$(m "${P99[$path $c node]}")
    ns=$(echo ${RSS[$path $c native]} | tr ' ' '\n' | sort -g | tail -1); ds=$(echo ${RSS[$path $c node]} | tr ' ' '\n' | sort -g | tail -1)
    printf '%-8s %4s | %12.0f %12.0f %6.2fx | %7.2fms %7.2fms | %7.1fMB %7.1fMB %6.3f\n' "${path#/}" $c $nr $dr \
      "$(awk -v a=$nr -v b=$dr 'BEGIN { print a / b }')" $np $dp \
      "$(awk -v a=$ns 'BEGIN { print a / 1024 }')" "$(awk -v a=$ds 'BEGIN { print a / 1024 }')" "$(awk -v a=$ns -v b=$ds 'BEGIN { print a / b }')"
  done
done
echo "(req/s and p99: medians of $RUNS runs of ${DUR}s; RSS: peak VmHWM over the runs; ratio = native / node)"
