#!/bin/sh
# firmware-http-smoke.sh BASE_URL: waits for the firmware's HTTP server
# (make qemu: QEMU's hostfwd to port 8000) and sends a few requests.
# The HTTP integration runner can take the same base URL through
# TSFW_HTTP_BASE_URL.  Exit 0 when every request got an HTTP answer.
base=${1:-http://127.0.0.1:8000}
i=0
until curl -s -o /dev/null --max-time 2 "$base/"; do
    i=$((i + 1))
    [ $i -ge 90 ] && { echo "FAIL firmware did not answer on $base within 180 s"; exit 1; }
    sleep 2
done
fails=0
for path in / /status /index.html /missing; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base$path")
    case $code in
    [1-5][0-9][0-9]) echo "PASS GET $path -> $code" ;;
    *) echo "FAIL GET $path -> no HTTP answer"; fails=$((fails + 1)) ;;
    esac
done
echo "firmware smoke: $fails failed (set TSFW_HTTP_BASE_URL=$base for the HTTP suite)"
[ $fails -eq 0 ]
