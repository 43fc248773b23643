#!/usr/bin/env bash
# bench/http/run.sh - wrk against the same routes served by our server
# (bench/http/app.ts built natively), by nginx from Debian (1 worker,
# sendfile on, access_log off, the same files) and, with
# SERVERS="native nginx node", by the app on the Node shim.
#   small dynamic reply, 4 KB and 1 MB static files; $CONNS connections
#   server pinned to CPU $SRV_CPU, wrk to CPU $WRK_CPU (taskset, 2+ cores)
#   servers alternate; each figure is the median of $RUNS runs of $DUR s
#   peak RSS: VmHWM of the serving process (nginx: its worker)
# Usage: bash bench/http/run.sh   (from the repository root; make bench-http)
set -euo pipefail
cd "$(dirname "$0")/../.."
DUR=${DUR:-5}
RUNS=${RUNS:-3}
CONNS=${CONNS:-50}
SERVERS=${SERVERS:-native nginx}
SRV_CPU=${SRV_CPU:-0}
WRK_CPU=${WRK_CPU:-1}
PORT=18500
NGINX_PORT=18501
B=build/bench
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
if [ "$(nproc)" -ge 2 ]; then pin_srv="taskset -c $SRV_CPU"; pin_wrk="taskset -c $WRK_CPU"; else pin_srv=; pin_wrk=; fi
mkdir -p $B/www $B/nginx
head -c 4096 /dev/urandom > $B/www/4k.bin
head -c 1048576 /dev/urandom > $B/www/1m.bin
node dist/compiler/cli.js build bench/http/app.ts -o $B/app >/dev/null
if [[ " $SERVERS " == *" node "* ]]; then
  node -e '
const ts = require("typescript"), fs = require("fs");
const src = fs.readFileSync("bench/http/app.ts", "utf8");
fs.writeFileSync(process.argv[1], ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText);
' $B/app.js
fi
# nginx: the same routes; /small is a fixed reply, like the app's
cat > $B/nginx/nginx.conf <<EOF
worker_processes 1;
daemon off;
pid $PWD/$B/nginx/nginx.pid;
error_log $PWD/$B/nginx/error.log;
user root;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $PWD/$B/nginx/body;
  proxy_temp_path $PWD/$B/nginx/proxy;
  fastcgi_temp_path $PWD/$B/nginx/fastcgi;
  uwsgi_temp_path $PWD/$B/nginx/uwsgi;
  scgi_temp_path $PWD/$B/nginx/scgi;
  types { application/octet-stream bin; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$B/www;
    location = /small { default_type text/plain; return 200 "hello world\n"; }
  }
}
EOF

start_server() { # $1 = native|nginx|node ; sets SPID (to stop) and MPID (to measure), SPORT
  SPORT=$PORT
  case $1 in
  native) $pin_srv $B/app >/dev/null 2>&1 & ;;
  node) $pin_srv node dist/lib/node-run.js $B/app.js >/dev/null 2>&1 & ;;
  nginx) SPORT=$NGINX_PORT; $pin_srv nginx -c $PWD/$B/nginx/nginx.conf -p $PWD/$B/nginx >/dev/null 2>&1 & ;;
  esac
  SPID=$!
  MPID=$SPID
  for _ in $(seq 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/$SPORT) 2>/dev/null; then
      if [ "$1" = nginx ]; then MPID=$(pgrep -P $SPID | head -1); fi
      return 0
    fi
    sleep 0.05
  done
  echo "server $1 did not start" >&2; exit 1
}
stop_server() { kill $SPID 2>/dev/null || true; wait $SPID 2>/dev/null || true; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
declare -A RPS RSS
for path in /small /4k.bin /1m.bin; do
  for c in $CONNS; do
    for run in $(seq $RUNS); do
      order=$SERVERS
      if [ $((run % 2)) -eq 0 ]; then order=$(echo $SERVERS | tr ' ' '\n' | tac | tr '\n' ' '); fi
      for s in $order; do
        start_server $s
        $pin_wrk wrk -t1 -c$c -d1s http://127.0.0.1:$SPORT$path >/dev/null 2>&1 || true   # warm-up
        out=$($pin_wrk wrk -t1 -c$c -d${DUR}s http://127.0.0.1:$SPORT$path)
        rss=$(awk '/VmHWM/ { print $2 }' /proc/$MPID/status)
        stop_server
        if echo "$out" | grep -q 'Non-2xx\|Socket errors'; then echo "$s $path: errors: $out" >&2; exit 1; fi
        rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
        k="$path $c $s"
        RPS[$k]="${RPS[$k]:-} $rps"; RSS[$k]="${RSS[$k]:-} $rss"
        echo "  run $run $s $path c=$c: $rps req/s, peak RSS ${rss} kB" >&2
      done
    done
  done
done

printf '\n%-8s %4s' test conn
for s in $SERVERS; do printf ' | %9s %8s' "$s rps" "RSS"; done
for s in $SERVERS; do [ $s = nginx ] || printf ' | %9s' "$s/nginx"; done
printf '\n'
for path in /small /4k.bin /1m.bin; do
  for c in $CONNS; do
    printf '%-8s %4s' "${path#/}" $c
    declare -A MED=()
    for s in $SERVERS; do
      MED[$s]=$(echo ${RPS[$path $c $s]} | tr ' ' '\n' | median)
      mx=$(echo ${RSS[$path $c $s]} | tr ' ' '\n' | sort -g | tail -1)
      printf ' | %9.0f %6.1fMB' ${MED[$s]} "$(awk -v a=$mx 'BEGIN { print a / 1024 }')"
    done
    for s in $SERVERS; do [ $s = nginx ] || printf ' | %8.2fx' "$(awk -v a=${MED[$s]} -v b=${MED[nginx]} 'BEGIN { print a / b }')"; done
    printf '\n'
  done
done
echo "(req/s: medians of $RUNS runs of ${DUR}s, servers alternating; RSS: peak VmHWM over the runs)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
