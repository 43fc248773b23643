# tls_env.sh - sourced by tls_tests.sh and tls_heap.sh: a work dir $W with
# fresh certificates in $C (gen-certs.sh), servers tracked in PIDS and
# killed on exit, and a local openssl s_server.  Sets NAME before sourcing
# for the failure message.
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d /tmp/tsfw-tls.XXXXXX)
PIDS=()
cleanup() {
    for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$W"
}
trap cleanup EXIT
C=$W/c
if ! sh "$HERE/gen-certs.sh" "$C" >/dev/null; then
    echo "$NAME: gen-certs.sh failed"
    echo "$NAME: 0 passed, 1 failed"
    exit 1
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_s_server CERT KEY [s_server args] -> SPORT, SPID; 1 if it did not start
start_s_server() {
    local cert=$1 key=$2; shift 2
    SPORT=$(free_port)
    timeout 30 openssl s_server -accept "$SPORT" -cert "$cert" -key "$key" -www -quiet "$@" \
        >"$W/s_server.log" 2>&1 &
    SPID=$!
    PIDS+=("$SPID")
    # up to 15 s: openssl's start-up is slow on a loaded 2-core machine
    for _ in $(seq 150); do
        (exec 3<>"/dev/tcp/127.0.0.1/$SPORT") 2>/dev/null && return 0
        kill -0 "$SPID" 2>/dev/null || break
        sleep 0.1
    done
    return 1
}
stop_s_server() { kill "$SPID" 2>/dev/null; wait "$SPID" 2>/dev/null; }
