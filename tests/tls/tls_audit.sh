#!/bin/bash
# tls_audit.sh TLS_TOOL - testssl.sh (Debian's testssl.sh) against our HTTPS
# server on loopback: protocols, cipher categories, forward secrecy and the
# known vulnerabilities.  Passes when nothing below TLS 1.2 is offered, no
# CBC suite is offered, and every finding is OK or INFO (the lines testssl
# writes about its own openssl build are not about the server).
# Set TSFW_TLS13=1 for an mbedTLS 3.x build: TLS 1.3 must be offered too.
# Prints "tls-audit: N passed, M failed"; testssl's report is in $W/report.txt.
set -u
TOOL=${1:?usage: tls_audit.sh TLS_TOOL}
NAME=tls-audit
. "$(dirname "$0")/tls_env.sh"
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "  ok   $1"; }
bad() { fail=$((fail + 1)); echo "  FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/       /'; }

if ! command -v testssl >/dev/null; then
    bad "testssl is not installed (Debian package testssl.sh; scripts/install-deps.sh)"
    echo "$NAME: $pass passed, $fail failed"
    exit 1
fi

timeout 600 "$TOOL" server 127.0.0.1:0 "$C/server.pem" "$C/server.key" --requests 100000 --timeout 600000 \
    >"$W/ours.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do
    PORT=$(sed -n 's/^port \([0-9]*\)/\1/p' "$W/ours.log")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "${PORT:-}" ] || { bad "server did not start" "$(cat "$W/ours.log")"; echo "$NAME: $pass passed, $fail failed"; exit 1; }

t0=$SECONDS
timeout 500 testssl --quiet --color 0 --warnings off --connect-timeout 5 --openssl-timeout 5 \
    --jsonfile "$W/report.json" -p -s -f -U --ip 127.0.0.1 "https://localhost:$PORT/" >"$W/report.txt" 2>&1
echo "  testssl ran for $((SECONDS - t0)) s"
[ -s "$W/report.json" ] || { bad "testssl wrote no report" "$(tail -20 "$W/report.txt")"; echo "$NAME: $pass passed, $fail failed"; exit 1; }

# finding ID -> its "finding" text
finding() { python3 -c 'import json,sys
for x in json.load(open(sys.argv[1])):
    if x["id"] == sys.argv[2]: print(x["finding"])' "$W/report.json" "$1"; }
expect() {   # id regexp
    local f; f=$(finding "$1")
    if grep -Eq -- "$2" <<<"$f"; then ok "$1: $f"; else bad "$1: '$f' (want /$2/)"; fi
}
for p in SSLv2 SSLv3 TLS1 TLS1_1; do expect "$p" '^not offered'; done
expect TLS1_2 '^offered'
if [ "${TSFW_TLS13:-}" = 1 ]; then expect TLS1_3 '^offered'; fi
expect cipherlist_AVERAGE '^not offered'   # obsolete CBC suites
expect cipherlist_3DES_IDEA '^not offered'
expect cipherlist_STRONG '^offered'        # AEAD
expect PFS '^offered'

# everything else: OK or INFO only
others=$(python3 -c 'import json,sys
for x in json.load(open(sys.argv[1])):
    if x["severity"] not in ("OK", "INFO") and x["id"] not in ("engine_problem", "scanProblem"):
        print(x["id"], x["severity"], x["finding"])' "$W/report.json")
if [ -z "$others" ]; then ok "no finding above INFO"; else bad "findings above INFO" "$others"; fi
echo "  offered: $(finding PFS_ciphers)"

echo "$NAME: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
