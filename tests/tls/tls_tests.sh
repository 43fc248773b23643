#!/bin/bash
# tls_tests.sh TLS_TOOL [TLS_TOOL_HEAP [TLS_TOOL_NOTLS]] - TLS socket tests on loopback.
#
# Makes fresh certificates (gen-certs.sh) in a temp dir, then:
#   our TLS client  against `openssl s_server -www` with each certificate
#                   (only the valid one connects; the error names the reason);
#   our TLS server  against `openssl s_client` and `curl --cacert`, with and
#                   without a required client certificate;
#   listen errors   (missing/mismatched key, unreadable CA);
#   TSFW_TLS13=1    (mbedTLS 3.x builds) the client must also do TLS 1.3;
#                   otherwise a TLS 1.3-only server is refused
#   with TLS_TOOL_HEAP: heap per connection, client and server, 16 KB records
#                   and max_fragment_len 4096/2048 (printed, not asserted).
# Every server is bounded by `timeout` and killed on exit.
# Prints "tls: N passed, M failed".
set -u
TOOL=${1:?usage: tls_tests.sh TLS_TOOL [TLS_TOOL_HEAP]}
HEAP=${2:-}
NOTLS=${3:-}
NAME=tls
. "$(dirname "$0")/tls_env.sh"
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "  ok   $1"; }
bad() { fail=$((fail + 1)); echo "  FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/       /'; }

echo "== our TLS client against openssl s_server"
client_case() {   # name cert key expect-substring [client args] [-- s_server args]
    local name=$1 cert=$2 key=$3 want=$4; shift 4
    local cargs=() sargs=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do cargs+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    sargs=("$@")
    start_s_server "$cert" "$key" "${sargs[@]}" || { bad "$name: s_server did not start" "$(cat "$W/s_server.log")"; return; }
    out=$(timeout 15 "$TOOL" client localhost "$SPORT" --ca "$C/ca.pem" "${cargs[@]}" 2>&1); rc=$?
    stop_s_server
    want=${want//PORT/$SPORT}
    if [ "$want" = "connected" ]; then
        if [ $rc -eq 0 ] && grep -q '^response: HTTP/1.0 200' <<<"$out"; then ok "$name"; else bad "$name" "$out"; fi
    else
        if [ $rc -ne 0 ] && grep -qF -- "$want" <<<"$out" && ! grep -q '^connected' <<<"$out"; then ok "$name"
        else bad "$name (want: $want)" "$out"; fi
    fi
}
client_case "valid certificate connects" "$C/server.pem" "$C/server.key" connected
client_case "unknown CA rejected" "$C/unknown.pem" "$C/unknown.key" \
    "error: TLS handshake with localhost:PORT: certificate verify failed: certificate is not signed by a trusted CA"
client_case "expired rejected" "$C/expired.pem" "$C/expired.key" \
    "error: TLS handshake with localhost:PORT: certificate verify failed: certificate has expired"
client_case "wrong host rejected" "$C/wronghost.pem" "$C/wronghost.key" \
    "error: TLS handshake with localhost:PORT: certificate verify failed: certificate's name does not match 'localhost'"
client_case "self-signed rejected" "$C/selfsigned.pem" "$C/selfsigned.key" \
    "error: TLS handshake with localhost:PORT: certificate verify failed: self-signed certificate"
client_case "server_name checked (other.example vs localhost cert)" "$C/server.pem" "$C/server.key" \
    "certificate's name does not match 'other.example'" --name other.example
client_case "server_name other.example accepted for its cert" "$C/wronghost.pem" "$C/wronghost.key" connected \
    --name other.example
client_case "IP literal host: name mismatch, not accepted" "$C/server.pem" "$C/server.key" \
    "certificate verify failed" --name 127.0.0.1
client_case "max_fragment_len 2048" "$C/server.pem" "$C/server.key" connected --mfl 2048
client_case "TLS 1.2 server (-tls1_2)" "$C/server.pem" "$C/server.key" connected -- -tls1_2
if [ "${TSFW_TLS13:-}" = 1 ]; then
    client_case "TLS 1.3 server (-tls1_3)" "$C/server.pem" "$C/server.key" connected -- -tls1_3
    client_case "TLS 1.3 server: unknown CA rejected" "$C/unknown.pem" "$C/unknown.key" \
        "certificate verify failed: certificate is not signed by a trusted CA" -- -tls1_3
    # 3.x's TLS 1.3 client has no max_fragment_length: the glue asks for TLS 1.2
    client_case "max_fragment_len 4096 against a TLS 1.3-only server: refused" "$C/server.pem" "$C/server.key" \
        "error: TLS handshake with localhost:PORT: " --mfl 4096 -- -tls1_3
else
    client_case "TLS 1.3-only server refused (no TLS 1.3 in this mbedTLS)" "$C/server.pem" "$C/server.key" \
        "error: TLS handshake with localhost:PORT: " -- -tls1_3
fi
# TLS 1.2 at least, AEAD + ECDHE only: older servers are refused, and the error says why
# (a 3.x ClientHello names its versions, so the server answers protocol_version;
# 2.28's names none, and the server finds no suite of its version in it)
if [ "${TSFW_TLS13:-}" = 1 ]; then old_why="protocol version: the server refused TLS 1.2 and later (alert 70)"
else old_why="the server refused the handshake (alert 40): no TLS version or cipher suite in common (this side takes TLS 1.2"; fi
client_case "TLS 1.0-only server refused" "$C/server.pem" "$C/server.key" \
    "error: TLS handshake with localhost:PORT: $old_why" -- -tls1 -cipher 'DEFAULT:@SECLEVEL=0'
client_case "TLS 1.1-only server refused" "$C/server.pem" "$C/server.key" \
    "error: TLS handshake with localhost:PORT: $old_why" -- -tls1_1 -cipher 'DEFAULT:@SECLEVEL=0'
client_case "CBC-only TLS 1.2 server refused" "$C/server.pem" "$C/server.key" \
    "no TLS version or cipher suite in common" -- -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA256
client_case "max_fragment_len 1000 refused" "$C/server.pem" "$C/server.key" \
    "max_fragment_len 1000: must be 512, 1024, 2048 or 4096" --mfl 1000
client_case "missing CA file" "$C/server.pem" "$C/server.key" \
    "error: cannot read CA file $W/nope.pem: No such file or directory" --ca "$W/nope.pem"
client_case "CA file without certificates" "$C/server.pem" "$C/server.key" \
    "error: cannot read CA file $C/ca.key: no certificate in the file" --ca "$C/ca.key"
client_case "CA path is a directory" "$C/server.pem" "$C/server.key" \
    "error: cannot read CA file $C: not a regular file" --ca "$C"
client_case "client certificate sent when required" "$C/server.pem" "$C/server.key" connected \
    --cert "$C/client.pem" --key "$C/client.key" -- -Verify 1 -CAfile "$C/ca.pem"
# A bundle is indexed, not parsed whole: only its first root is kept
# parsed; the others are looked up by issuer during verification.
ROOTS="$HERE/../../fs/ca.pem"
cat "$ROOTS" "$C/ca.pem" >"$W/bundle.pem"              # test CA last: found by lookup
client_case "CA found by lookup in a 36-root bundle" "$C/server.pem" "$C/server.key" connected --ca "$W/bundle.pem"
client_case "lookup still rejects an unknown CA" "$C/unknown.pem" "$C/unknown.key" \
    "certificate is not signed by a trusted CA" --ca "$W/bundle.pem"
client_case "lookup: peer sends the root itself" "$C/server.pem" "$C/server.key" connected \
    --ca "$W/bundle.pem" -- -cert_chain "$C/ca.pem"
client_case "lookup: expired leaf under a bundle root" "$C/expired.pem" "$C/expired.key" \
    "certificate verify failed: certificate has expired" --ca "$W/bundle.pem"
client_case "public roots only: test CA unknown" "$C/server.pem" "$C/server.key" \
    "certificate is not signed by a trusted CA" --ca "$ROOTS"
{ cat "$ROOTS"; printf -- '-----BEGIN CERTIFICATE-----\nMIIBroken\n-----END CERTIFICATE-----\n'; cat "$C/ca.pem"; } >"$W/broken.pem"
client_case "a broken entry is skipped, the rest still work" "$C/server.pem" "$C/server.key" connected --ca "$W/broken.pem"
{ cat "$C/ca.pem"; printf -- '-----BEGIN CERTIFICATE-----\nMIIB\n'; } >"$W/truncated.pem"
client_case "a bundle cut short is refused" "$C/server.pem" "$C/server.key" \
    "error: cannot read CA file $W/truncated.pem: certificate 2 (byte" --ca "$W/truncated.pem"
# TSFW_CA_FILE is used when no ca_file is given
start_s_server "$C/server.pem" "$C/server.key"
out=$(TSFW_CA_FILE="$C/ca.pem" timeout 15 "$TOOL" client localhost "$SPORT" 2>&1); rc=$?
stop_s_server
if [ $rc -eq 0 ]; then ok "TSFW_CA_FILE"; else bad "TSFW_CA_FILE" "$out"; fi
# nothing listening
P=$(free_port)
out=$(timeout 15 "$TOOL" client 127.0.0.1 "$P" --ca "$C/ca.pem" 2>&1)
if grep -qF "error: connect 127.0.0.1:$P: Connection refused" <<<"$out"; then ok "refused before TLS"; else bad "refused before TLS" "$out"; fi
# a plain-TCP server that never answers the ClientHello: the deadline fires
P=$(free_port)
timeout 20 python3 -c "
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $P)); s.listen(5); keep = []
while True: keep.append(s.accept())" &
PIDS+=($!)
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$P") 2>/dev/null && break; sleep 0.1; done
out=$(timeout 15 "$TOOL" client localhost "$P" --ca "$C/ca.pem" --timeout 500 2>&1)
if grep -q "error: timeout" <<<"$out" && ! grep -q '^connected' <<<"$out"; then ok "handshake deadline"; else bad "handshake deadline" "$out"; fi

echo "== our TLS server against openssl s_client / curl"
# start_ours CERT KEY [--ca F] [--requests N] -> OPORT, OPID, log in $W/ours.log
start_ours() {
    local cert=$1 key=$2; shift 2
    : >"$W/ours.log"
    timeout 30 "$TOOL" server 127.0.0.1:0 "$cert" "$key" --timeout 20000 "$@" >"$W/ours.log" 2>&1 &
    OPID=$!
    PIDS+=("$OPID")
    for _ in $(seq 50); do
        OPORT=$(sed -n 's/^port \([0-9]*\)/\1/p' "$W/ours.log")
        [ -n "$OPORT" ] && return 0
        sleep 0.1
    done
    return 1
}
stop_ours() { kill "$OPID" 2>/dev/null; wait "$OPID" 2>/dev/null; }

start_ours "$C/server.pem" "$C/server.key" --requests 2
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1)
if [ "$out" = "hello over tls" ]; then ok "curl --cacert"; else bad "curl --cacert" "$out"; fi
out=$(printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 openssl s_client -connect "127.0.0.1:$OPORT" -servername localhost \
      -CAfile "$C/ca.pem" -verify_return_error -quiet 2>&1)
if grep -q "hello over tls" <<<"$out"; then ok "openssl s_client"; else bad "openssl s_client" "$out"; fi
wait "$OPID" 2>/dev/null
if grep -q "^requests 2" "$W/ours.log"; then ok "server exits cleanly after 2 requests"; else bad "server exit" "$(cat "$W/ours.log")"; fi

# a plain-HTTP request to the TLS port: handshake error, named conn
start_ours "$C/server.pem" "$C/server.key"
timeout 5 curl -sS "http://127.0.0.1:$OPORT/" >/dev/null 2>&1
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1)
wait "$OPID" 2>/dev/null
if grep -Eq "^error [0-9]+: conn [0-9]+.*TLS handshake: .*plain HTTP on an HTTPS port" "$W/ours.log" && [ "$out" = "hello over tls" ]; then
    ok "plain HTTP on the TLS port: HTTP_EV_ERROR names the conn, server keeps serving"
else bad "plain HTTP on the TLS port" "$(cat "$W/ours.log"; echo "$out")"; fi

# over the connection limit: a connection that never handshakes holds no slot
# against a newcomer - it is closed for it (see docs/reliability.md)
start_ours "$C/server.pem" "$C/server.key" --max-conns 1 --requests 2
exec 5<>"/dev/tcp/127.0.0.1/$OPORT"
sleep 0.2
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1); rc=$?
if timeout 3 cat <&5 >/dev/null 2>&1; then closed=yes; else closed=no; fi
exec 5>&-
out2=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1)
wait "$OPID" 2>/dev/null
if [ $rc -eq 0 ] && [ "$out" = "hello over tls" ] && [ "$closed" = yes ] && [ "$out2" = "hello over tls" ]; then
    ok "over max_conns: the connection that never handshakes is closed for the newcomer"
else bad "over max_conns" "rc=$rc closed=$closed $out / $out2 $(cat "$W/ours.log")"; fi

# TLS 1.2 at least, AEAD + ECDHE only: an old or CBC-only client is refused, the log says why
start_ours "$C/server.pem" "$C/server.key" --requests 1
out1=$(echo | timeout 10 openssl s_client -connect "127.0.0.1:$OPORT" -tls1_1 -cipher 'DEFAULT:@SECLEVEL=0' 2>&1)
out2=$(echo | timeout 10 openssl s_client -connect "127.0.0.1:$OPORT" -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA256 2>&1)
out3=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1)
wait "$OPID" 2>/dev/null
if grep -q "TLS handshake: protocol version: the client offers only TLS versions older than 1.2" "$W/ours.log" &&
   grep -q "TLS handshake: no cipher suite in common" "$W/ours.log" && [ "$out3" = "hello over tls" ]; then
    ok "TLS 1.1 and CBC-only clients refused with the reason, a TLS 1.2+ AEAD client served"
else bad "old clients" "$(cat "$W/ours.log"; echo "$out1" | tail -3; echo "$out2" | tail -3; echo "$out3")"; fi

# client certificate required
start_ours "$C/server.pem" "$C/server.key" --ca "$C/ca.pem"
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" --cert "$C/client.pem" --key "$C/client.key" "https://localhost:$OPORT/" 2>&1)
if [ "$out" = "hello over tls" ]; then ok "client cert required: good cert accepted"; else bad "client cert: good cert" "$out"; fi
stop_ours
start_ours "$C/server.pem" "$C/server.key" --ca "$C/ca.pem"
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$OPORT/" 2>&1); rc=$?
sleep 0.3; stop_ours
if [ $rc -ne 0 ] && ! grep -q "hello over tls" <<<"$out" && grep -q "TLS handshake: " "$W/ours.log"; then
    ok "client cert required: no cert rejected ($(grep -o 'TLS handshake: .*' "$W/ours.log" | head -1))"
else bad "client cert: none" "$out $(cat "$W/ours.log")"; fi
start_ours "$C/server.pem" "$C/server.key" --ca "$C/ca.pem"
out=$(timeout 10 curl -sS --cacert "$C/ca.pem" --cert "$C/badclient.pem" --key "$C/badclient.key" "https://localhost:$OPORT/" 2>&1); rc=$?
sleep 0.3; stop_ours
if [ $rc -ne 0 ] && ! grep -q "hello over tls" <<<"$out" && \
   grep -q "client certificate verify failed: certificate is not signed by a trusted CA" "$W/ours.log"; then
    ok "client cert required: bad cert rejected"
else bad "client cert: bad" "$out $(cat "$W/ours.log")"; fi

# our client against our server, client certificate required
start_ours "$C/server.pem" "$C/server.key" --ca "$C/ca.pem"
out=$(timeout 10 "$TOOL" client localhost "$OPORT" --ca "$C/ca.pem" --cert "$C/client.pem" --key "$C/client.key" 2>&1); rc=$?
stop_ours
if [ $rc -eq 0 ]; then ok "our client -> our server with client cert"; else bad "our client -> our server" "$out"; fi

echo "== listen errors"
lcase() {   # name want args...
    local name=$1 want=$2; shift 2
    out=$(timeout 10 "$TOOL" listen-error 127.0.0.1:0 "$@" 2>&1)
    if grep -qF -- "$want" <<<"$out"; then ok "$name"; else bad "$name (want: $want)" "$out"; fi
}
lcase "missing key file" "listen 127.0.0.1:0: ssl_key $W/none.key: No such file or directory" "$C/server.pem" "$W/none.key"
lcase "key does not match cert" "listen 127.0.0.1:0: ssl_key $C/client.key does not match ssl_cert $C/server.pem" "$C/server.pem" "$C/client.key"
lcase "cert is not PEM" "listen 127.0.0.1:0: ssl_cert $C/ca.key: " "$C/ca.key" "$C/server.key"
lcase "unreadable client CA" "listen 127.0.0.1:0: ssl_ca_cert: cannot read CA file $W/none.pem: No such file or directory" \
    "$C/server.pem" "$C/server.key" --ca "$W/none.pem"
lcase "valid setup" "ok" "$C/server.pem" "$C/server.key"

if [ -n "$NOTLS" ]; then
    echo "== a build without TLS (tls_none.c, as the emulated targets)"
    out=$(timeout 10 "$NOTLS" client localhost 1 --ca "$C/ca.pem" 2>&1)
    if grep -qx "error: HTTPS is not available in this build" <<<"$out"; then ok "client: HTTPS not available"; else bad "no-TLS client" "$out"; fi
    lcase_tool() { out=$(timeout 10 "$NOTLS" listen-error 127.0.0.1:0 "$C/server.pem" "$C/server.key" 2>&1); }
    lcase_tool
    if grep -qx "listen 127.0.0.1:0: HTTPS is not available in this build" <<<"$out"; then ok "server: HTTPS not available"; else bad "no-TLS server" "$out"; fi
fi

if [ -n "$HEAP" ]; then
    echo "== heap per TLS connection (counting malloc; includes the runtime's own buffers)"
    for mfl in 0 4096 2048; do
        start_s_server "$C/server.pem" "$C/server.key"
        # numeric host (no resolver in the figures), name checked via server_name
        h1=$(timeout 15 "$HEAP" client 127.0.0.1 "$SPORT" --name localhost --ca "$C/ca.pem" --mfl "$mfl" --conns 1 | grep '^heap base')
        h4=$(timeout 15 "$HEAP" client 127.0.0.1 "$SPORT" --name localhost --ca "$C/ca.pem" --mfl "$mfl" --conns 4 | grep '^heap base')
        stop_s_server
        echo "  client mfl=$mfl  1 conn: $h1"
        echo "  client mfl=$mfl  4 conns: $h4"
    done
    start_s_server "$C/server.pem" "$C/server.key"
    h1=$(timeout 15 "$HEAP" client 127.0.0.1 "$SPORT" --name localhost --ca "$W/bundle.pem" --conns 1 | grep '^heap base')
    stop_s_server
    echo "  client, CA found by lookup in fs/ca.pem + test CA (36 roots): $h1"
    timeout 30 "$HEAP" server 127.0.0.1:0 "$C/server.pem" "$C/server.key" --timeout 20000 >"$W/heap.log" 2>&1 &
    HP=$!; PIDS+=("$HP")
    for _ in $(seq 50); do P=$(sed -n 's/^port \([0-9]*\)/\1/p' "$W/heap.log"); [ -n "$P" ] && break; sleep 0.1; done
    timeout 10 curl -sS --cacert "$C/ca.pem" "https://localhost:$P/" >/dev/null 2>&1
    wait "$HP" 2>/dev/null
    echo "  server (curl client, 16 KB records): $(grep '^heap' "$W/heap.log")"
fi

echo "tls: $pass passed, $fail failed"
[ $fail -eq 0 ]
