#!/bin/bash
# tls_heap.sh LABEL TLS_TOOL_HEAP [LABEL TLS_TOOL_HEAP ...] - peak heap of
# one TLS client connection and one TLS server connection, on loopback,
# for tls_tool builds with counting malloc (-DTSFW_HEAP_COUNT) against
# different mbedTLS versions and record buffer sizes (mk/net.mk:
# tls-heap-device).  Printed, not asserted.
#
#   client: against `openssl s_server -www` (its default: TLS 1.3 if both
#           sides have it), then against `-tls1_2`.  A tool built with
#           TSFW_TLS_IN_LEN < 16384 asks for max_fragment_len by itself
#           (as on a device); s_server honours it in TLS 1.2.
#   server: one `curl --cacert` request (default protocol), then one with
#           --tls-max 1.2.
# Figures: peak_per_conn = peak heap during the connection minus what was
# allocated before it (and minus the cached CA bundle for clients); it
# includes the runtime's net_conn and its 2 KB rx buffer.  Exits 1 if a
# connection failed.
set -u
NAME=tls_heap
. "$(dirname "$0")/tls_env.sh"

client() {   # tool s_server-args...
    local tool=$1; shift
    local out
    start_s_server "$C/server.pem" "$C/server.key" "$@"
    out=$(timeout 15 "$tool" client 127.0.0.1 "$SPORT" --name localhost --ca "$C/ca.pem" 2>&1)
    stop_s_server
    if grep -q '^response: HTTP/1.0 200' <<<"$out"; then grep -o 'peak_per_conn=[0-9]*' <<<"$out"
    else echo "FAILED: $(grep '^error' <<<"$out")"; fi
}

server() {   # tool curl-args...
    local tool=$1; shift
    local port
    timeout 20 "$tool" server 127.0.0.1:0 "$C/server.pem" "$C/server.key" --timeout 10000 >"$W/srv.log" 2>&1 &
    local sp=$!; PIDS+=("$sp")
    for _ in $(seq 50); do port=$(sed -n 's/^port \([0-9]*\)/\1/p' "$W/srv.log"); [ -n "$port" ] && break; sleep 0.1; done
    if timeout 10 curl -sS "$@" --cacert "$C/ca.pem" "https://localhost:$port/" >/dev/null 2>"$W/curl.err"; then
        wait "$sp" 2>/dev/null
        grep -o 'peak_per_conn=[0-9]*' "$W/srv.log"
    else
        kill "$sp" 2>/dev/null; wait "$sp" 2>/dev/null
        echo "FAILED: $(cat "$W/curl.err")"
    fi
}

failed=0
line() { echo "  $1 $2"; case $2 in FAILED*) failed=1 ;; esac; }
while [ $# -ge 2 ]; do
    label=$1 tool=$2; shift 2
    echo "$label"
    line "client, server's default protocol:" "$(client "$tool")"
    line "client, TLS 1.2 server:           " "$(client "$tool" -tls1_2)"
    line "server, curl's default protocol:  " "$(server "$tool")"
    line "server, curl --tls-max 1.2:       " "$(server "$tool" --tls-max 1.2)"
done
exit $failed
