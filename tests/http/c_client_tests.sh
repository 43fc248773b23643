#!/bin/bash
# Real-socket tests for the C HTTP client (loopback only, bounded in time).
#   c_client_tests.sh C_CLIENT C_CLIENT_PLAIN C_SERVER
# Peers: python3 -m http.server, our C test server (tests/http/c_server.c)
# and tests/http/client_peer.py.  Prints one line per check and
# "client-socket: N passed, M failed".
CLIENT=$1
PLAIN=$2
SERVER=$3
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/tsfw_client.XXXXXX)
PASS=0; FAIL=0
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$WORK"; }
trap cleanup EXIT

ok()  { PASS=$((PASS+1)); echo "  ok   $1"; }
bad() { FAIL=$((FAIL+1)); echo "  FAIL $1${2:+: $2}"; }
# expect NAME EXPECTED ACTUAL
expect() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "$(printf '\n--- expected\n%s\n--- got\n%s' "$2" "$3")"; fi; }
# wait_port FILE PID -> echoes the port once "port N" (or http.server's
# "Serving HTTP on ... port N") shows up
wait_port() {
    for _ in $(seq 1 100); do
        p=$(sed -n 's/^port \([0-9]*\).*/\1/p; s/^Serving HTTP on .* port \([0-9]*\) .*/\1/p' "$1" 2>/dev/null | head -1)
        [ -n "$p" ] && { echo "$p"; return; }
        kill -0 "$2" 2>/dev/null || return
        sleep 0.05
    done
}
# run the client with a time bound; output without the "header Date/Server" lines
cl() { timeout 20 "$CLIENT" "$@" 2>"$WORK/client.err" | grep -v '^header \(Date\|Server\|Last-Modified\): '; }

# ---- files for python3 -m http.server
mkdir -p "$WORK/www"
printf 'hello from python\n' > "$WORK/www/a.txt"
head -c 5500000 /dev/urandom > "$WORK/www/big.bin"
(cd "$WORK/www" && exec python3 -u -m http.server --bind 127.0.0.1 0 >"$WORK/py.out" 2>"$WORK/py.err") &
PY_PID=$!; PIDS+=("$PY_PID")
PY_PORT=$(wait_port "$WORK/py.out" $PY_PID)

python3 -u "$HERE/client_peer.py" >"$WORK/peer.out" 2>"$WORK/peer.err" &
PEER_PID=$!; PIDS+=("$PEER_PID")
PEER_PORT=$(wait_port "$WORK/peer.out" $PEER_PID)

mkdir -p "$WORK/root/static"
"$SERVER" 127.0.0.1:0 "$WORK/root" >"$WORK/srv.out" 2>"$WORK/srv.err" &
SRV_PID=$!; PIDS+=("$SRV_PID")
SRV_PORT=$(wait_port "$WORK/srv.out" $SRV_PID)

if [ -z "$PY_PORT" ] || [ -z "$PEER_PORT" ] || [ -z "$SRV_PORT" ]; then
    echo "  FAIL peers did not start (python $PY_PORT, peer $PEER_PORT, c_server $SRV_PORT)"
    echo "client-socket: 0 passed, 1 failed"
    exit 1
fi
PY="http://127.0.0.1:$PY_PORT"; PEER="http://127.0.0.1:$PEER_PORT"; SRV="http://127.0.0.1:$SRV_PORT"

# ---- python3 -m http.server
r=$(cl GET "$PY/a.txt")
expect "python http.server: GET a file" "status 200
header Content-type: text/plain
header Content-Length: 18
body_length 18
body hello from python

done" "$r"

r=$(cl -s -o "$WORK/big.out" GET "$PY/big.bin")
expect "python http.server: 5.5 MB file streamed (stream_body)" "status 200
header Content-type: application/octet-stream
header Content-Length: 5500000
body_length 5500000 (streamed)
done" "$r"
if cmp -s "$WORK/big.out" "$WORK/www/big.bin"; then ok "streamed file is byte-identical"; else bad "streamed file is byte-identical"; fi

r=$(cl GET "$PY/big.bin")
expect "5.5 MB file without stream_body -> size error" "error GET $PY/big.bin: response body larger than 1048576 bytes
done" "$r"

r=$(cl GET "$PY/nope.txt" | grep -v '^header \|^body ')
expect "python http.server: 404" "status 404
body_length 335
done" "$r"

r=$(cl HEAD "$PY/a.txt")
expect "python http.server: HEAD" "status 200
header Content-type: text/plain
header Content-Length: 18
body_length 0
body 
done" "$r"

# ---- our C server
r=$(cl -d 'posted body: 0123456789' -H 'Content-Type: text/plain' POST "$SRV/echo")
expect "c_server: POST echo" "status 200
header Content-Length: 23
header Connection: close
body_length 23
body posted body: 0123456789
done" "$r"

r=$(cl GET "$SRV/chunked")
expect "c_server: chunked" "status 200
header Transfer-Encoding: chunked
header Connection: close
body_length 30
body chunk
chunk
chunk
chunk
chunk

done" "$r"

r=$(cl GET "$SRV/nope")
expect "c_server: 404 returned as a response" "status 404
header Content-Type: text/plain
header Transfer-Encoding: chunked
header Connection: close
body_length 10
body not found

done" "$r"

# ---- awkward peer
r=$(cl GET "$PEER/chunked")
expect "peer: chunked with trailer" "status 200
header Transfer-Encoding: chunked
header Trailer: X-Sum
body_length 20
body hello chunked world

done" "$r"

r=$(cl -s GET "$PEER/chunked" | grep -v '^header ')
expect "peer: chunked, streamed" "status 200
body_length 20 (streamed)
done" "$r"

r=$(cl GET "$PEER/continue")
expect "peer: 100 Continue skipped" "status 200
header Content-Length: 9
body_length 9
body continued
done" "$r"

# /dup's answer, over HTTP and HTTPS alike
DUP_RESPONSE="status 200
header Set-Cookie: a=1
header set-cookie: b=2
header X-CaSe: v
header Content-Length: 2
body_length 2
body ok
done"
r=$(cl GET "$PEER/dup")
expect "peer: duplicate headers as sent" "$DUP_RESPONSE" "$r"

r=$(cl GET "$PEER/early"); rc=$?
expect "peer: server closes mid-body" "error GET $PEER/early: connection closed before the response was complete (after 1000 of 100000 body bytes)
done" "$r"

r=$(cl GET "$PEER/headonly")
expect "peer: server closes mid-headers" "error GET $PEER/headonly: connection closed before the response was complete (in the headers)
done" "$r"

t0=$(date +%s%N)
r=$(cl -t 700 GET "$PEER/silent")
t1=$(( ($(date +%s%N) - t0) / 1000000 ))
expect "peer: server never answers -> timeout" "error GET $PEER/silent: no response within 700 ms
done" "$r"
if [ $t1 -ge 650 ] && [ $t1 -lt 3000 ]; then ok "timeout fired in time (${t1} ms)"; else bad "timeout fired in time (${t1} ms)"; fi

r=$(cl GET "http://127.0.0.1:1/refused"); rc=$?
expect "refused port" "error GET http://127.0.0.1:1/refused: connect 127.0.0.1:1: Connection refused
done" "$r"
if [ $rc -eq 0 ]; then :; fi

r=$(cl GET "$PY/a b" 2>&1)
expect "bad path refused before connecting" "bad request: GET $PY/a b: request path contains unescaped characters (or is empty)" "$r"

# ---- names through the loopback DNS responder (tests/dns/dnsd.py, c-ares)
DNSD="$HERE/../dns/dnsd.py"
if [ -f "$DNSD" ]; then
    mkfifo "$WORK/dns.in"
    python3 -u "$DNSD" --delay 3 --lifetime 240 <"$WORK/dns.in" >"$WORK/dns.out" 2>"$WORK/dns.err" &
    DNS_PID=$!; PIDS+=("$DNS_PID")
    exec 8>"$WORK/dns.in"          # dnsd.py exits when this closes
    DNS_PORT=$(wait_port "$WORK/dns.out" $DNS_PID)
    export TSFW_DNS_SERVER=127.0.0.1:$DNS_PORT
    r=$(cl GET "http://files.ok.test:$PY_PORT/a.txt" | grep -v '^header ')
    expect "name resolved (c-ares) then GET" "status 200
body_length 18
body hello from python

done" "$r"
    r=$(cl GET "http://nosuch.test:$PY_PORT/a.txt")
    case "$r" in
        "error GET http://nosuch.test:$PY_PORT/a.txt: resolve nosuch.test"*) ok "unknown name -> resolve error named" ;;
        *) bad "unknown name -> resolve error named" "$r" ;;
    esac
    r=$(cl -t 500 GET "http://slow.test:$PY_PORT/a.txt")
    expect "slow DNS answer -> connect-phase timeout" "error GET http://slow.test:$PY_PORT/a.txt: no connection within 500 ms
done" "$r"
    unset TSFW_DNS_SERVER
else
    echo "  skip DNS (no tests/dns/dnsd.py)"
fi

# ---- HTTPS against python's ssl module (test CA made here; the certificate
# names localhost, the client connects to 127.0.0.1 and verifies "localhost")
if command -v openssl >/dev/null; then
    mk_ca() {  # mk_ca NAME -> NAME.pem NAME.key
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj "/CN=tsfw test $1" -keyout "$WORK/$1.key" -out "$WORK/$1.pem" >/dev/null 2>&1
    }
    mk_ca ca && mk_ca otherca
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
        -keyout "$WORK/srv.key" -out "$WORK/srv.csr" >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost\n' > "$WORK/san.ext"
    openssl x509 -req -in "$WORK/srv.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" -CAcreateserial -days 2 \
        -extfile "$WORK/san.ext" -out "$WORK/srv.pem" >/dev/null 2>&1
    python3 -u "$HERE/client_peer.py" --tls "$WORK/srv.pem" "$WORK/srv.key" >"$WORK/tls.out" 2>"$WORK/tls.err" &
    TLS_PID=$!; PIDS+=("$TLS_PID")
    TLS_PORT=$(wait_port "$WORK/tls.out" $TLS_PID)
    TLS="https://127.0.0.1:$TLS_PORT"
    r=$(cl -c "$WORK/ca.pem" -n localhost GET "$TLS/dup")
    expect "https: GET, certificate verified" "$DUP_RESPONSE" "$r"
    r=$(cl -s -c "$WORK/ca.pem" -n localhost GET "$TLS/chunked" | grep -v '^header ')
    expect "https: chunked, streamed" "status 200
body_length 20 (streamed)
done" "$r"
    r=$(cl -c "$WORK/otherca.pem" -n localhost GET "$TLS/dup")
    case "$r" in
        "error GET $TLS/dup: TLS handshake with "*"certificate verify failed"*) ok "https: untrusted CA -> verify error" ;;
        *) bad "https: untrusted CA -> verify error" "$r" ;;
    esac
    r=$(cl -c "$WORK/ca.pem" -n other.example GET "$TLS/dup")
    case "$r" in
        "error GET $TLS/dup: TLS handshake with "*"certificate verify failed"*) ok "https: wrong name -> verify error" ;;
        *) bad "https: wrong name -> verify error" "$r" ;;
    esac
    # the plain peer waits for a request head that never comes: the
    # handshake stalls and the timeout (connect phase) ends it
    r=$(cl -t 1500 -c "$WORK/ca.pem" -n localhost GET "https://127.0.0.1:$PEER_PORT/dup")
    expect "https to a plain HTTP server -> handshake timeout" "error GET https://127.0.0.1:$PEER_PORT/dup: no connection within 1500 ms
done" "$r"
else
    echo "  skip https (no openssl)"
fi

if grep -q "runtime error\|AddressSanitizer\|LeakSanitizer" "$WORK/client.err" "$WORK/srv.err" 2>/dev/null; then
    bad "no sanitizer reports" "$(grep -h 'runtime error\|Sanitizer' "$WORK/client.err" "$WORK/srv.err" | head -3)"
else
    ok "no sanitizer reports"
fi

# ---- valgrind on the plain build: a streamed download, an error, a timeout
if [ -n "$PLAIN" ] && command -v valgrind >/dev/null; then
    vg_ok=1
    VG_RUNS=("-s -o /dev/null GET $PY/big.bin" "-d abc POST $SRV/echo" "GET $PEER/early" "-t 300 GET $PEER/silent"
             "GET http://127.0.0.1:1/")
    [ -n "$TLS_PORT" ] && VG_RUNS+=("-c $WORK/ca.pem -n localhost GET $TLS/chunked" "-c $WORK/otherca.pem -n localhost GET $TLS/dup")
    for args in "${VG_RUNS[@]}"; do
        # shellcheck disable=SC2086
        timeout 60 valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
            "$PLAIN" $args >"$WORK/vg.out" 2>"$WORK/vg.err"
        vrc=$?
        if [ $vrc -ge 2 ] || [ -s "$WORK/vg.err" ]; then vg_ok=0; echo "    valgrind rc=$vrc for: $args"; head -20 "$WORK/vg.err"; fi
    done
    if [ $vg_ok = 1 ]; then ok "valgrind: no errors, no leaks (${#VG_RUNS[@]} runs)"; else bad "valgrind: no errors, no leaks"; fi
fi

echo "client-socket: $PASS passed, $FAIL failed"
[ $FAIL -eq 0 ]
