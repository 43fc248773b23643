#!/bin/sh
# test-net driver: cmocka unit tests, then the real-socket script; prints a
# summary with pass/fail counts.
# Args: "UNIT_BINS" C_SERVER C_SERVER_PLAIN ROOT [C_CLIENT C_CLIENT_PLAIN]
BINS=$1; SRV=$2; PLAIN=$3; ROOT=$4; CLIENT=$5; CLIENT_PLAIN=$6
unit_out=$(sh "$ROOT/tests/c/net/run_unit.sh" $BINS 2>&1); unit_rc=$?
printf '%s\n' "$unit_out"
sock_out=$(timeout 300 bash "$ROOT/tests/http/c_socket_tests.sh" "$SRV" "$PLAIN" 2>&1); sock_rc=$?
printf '%s\n' "$sock_out"
cl_rc=0
if [ -n "$CLIENT" ]; then
    cl_out=$(timeout 300 bash "$ROOT/tests/http/c_client_tests.sh" "$CLIENT" "$CLIENT_PLAIN" "$SRV" 2>&1); cl_rc=$?
    printf '%s\n' "$cl_out"
fi
tls_rc=0
if [ -n "$NET_BUILD" ] && [ -x "$NET_BUILD/tls_tool" ]; then
    # heap figures are printed, not asserted: only `make test-net-tls` measures them
    tls_out=$(timeout 300 bash "$ROOT/tests/tls/tls_tests.sh" "$NET_BUILD/tls_tool" "" "$NET_BUILD/tls_tool_notls" 2>&1); tls_rc=$?
    printf '%s\n' "$tls_out"
fi
echo "== test-net summary =="
printf '%s\n' "$unit_out" | grep '^cmocka:'
printf '%s\n' "$sock_out" | grep '^socket:' || echo "socket: script did not finish (rc=$sock_rc)"
if [ -n "$CLIENT" ]; then
    printf '%s\n' "$cl_out" | grep '^client-socket:' || echo "client-socket: script did not finish (rc=$cl_rc)"
fi
if [ -n "$NET_BUILD" ] && [ -x "$NET_BUILD/tls_tool" ]; then
    printf '%s\n' "$tls_out" | grep '^tls:' || echo "tls: script did not finish (rc=$tls_rc)"
fi
[ $unit_rc -eq 0 ] && [ $sock_rc -eq 0 ] && [ $cl_rc -eq 0 ] && [ $tls_rc -eq 0 ] && echo "test-net: PASS" && exit 0
echo "test-net: FAIL"; exit 1
