#!/bin/sh
# tls_link_size.sh: how much of mbedTLS each kind of app links (make size-tls).
# The runtime and three apps are built for x86-64 at -Os with
# -ffunction-sections and linked with --gc-sections against mbedTLS 3.6.6
# built from source with the ESP32's record sizes (tests/tls/mbedtls-src.sh;
# its objects are whole: -O1, no function sections), as ESP-IDF links them:
#   01_hello      HTTP server only                must link no mbedTLS at all
#   app           the seed: HTTP server + client  must link no mbedTLS at all
#   https_hello   HTTPS server                    links the TLS server
#   https_client  HTTPS client                    links the TLS client
# Prints the text of each program and the part of it from libmbed*.a; exits
# 1 if an app without HTTPS links any of it.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
M=$(sh "$top/tests/tls/mbedtls-src.sh" 3.6.6 16384 4096 | tail -n 1)
O=$top/build/net/link-size
rt=$top/components/runtime
mkdir -p "$O/obj"
cflags="-Os -std=c99 -ffunction-sections -fdata-sections -DTS_HAVE_PORT_CLOCK -DTSFW_TLS_IN_LEN=16384 -DTSFW_TLS_OUT_LEN=4096
 -I$rt -I$rt/core -I$rt/api -I$rt/port/posix -I/usr/share/include/llhttp -I$M/include"
objs=
for s in "$rt"/core/*.c "$rt"/net/*.c "$rt"/api/*.c "$rt"/port/posix/*.c /usr/share/llhttp/*.c; do
    o=$O/obj/$(basename "$(dirname "$s")")_$(basename "$s" .c).o
    gcc $cflags "-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>" -DLLHTTP_STRICT_MODE=1 -w -c "$s" -o "$o"
    objs="$objs $o"
done
rm -f "$O/librt.a"
ar rcs "$O/librt.a" $objs
cat > "$O/https_hello.ts" <<'TS'
const server = Http.createServer((req: Request, res: Response) => res.end("hello\n"));
server.listen(8443, { ssl_cert: "server.pem", ssl_key: "server.key" });
TS
cat > "$O/https_client.ts" <<'TS'
Http.get("https://example.com/", (res: ClientResponse) => print(res.statusCode));
TS
status=0
printf '%-12s %10s %14s\n' app text "from mbedTLS"
for app in "$top/tests/http/apps/01_hello.ts" "$top/ts/app/app.ts" "$O/https_hello.ts" "$O/https_client.ts"; do
    b=$(basename "$app" .ts)
    node "$top/dist/compiler/cli.js" emit "$app" -o "$O/$b.c" > /dev/null
    gcc $cflags -w -c "$O/$b.c" -o "$O/$b.o"
    gcc -Wl,--gc-sections "-Wl,-Map=$O/$b.map" -o "$O/$b" "$O/$b.o" "$O/librt.a" \
        "$M/lib/libmbedtls.a" "$M/lib/libmbedx509.a" "$M/lib/libmbedcrypto.a" -lcares -lm
    mbed=$(awk '/^Linker script and memory map/ { on = 1 }
        on && /^ \.(text|rodata)[^ ]* +0x[0-9a-f]+ +0x[0-9a-f]+ .*libmbed/ { t += strtonum($3) }
        on && /^ \.(text|rodata)[^ ]*$/ { pend = 1; next }
        on && pend && /^ +0x[0-9a-f]+ +0x[0-9a-f]+ .*libmbed/ { t += strtonum($2) }
        { pend = 0 } END { print t + 0 }' "$O/$b.map")
    printf '%-12s %10d %14d\n' "$b" "$(size "$O/$b" | awk 'NR == 2 { print $1 }')" "$mbed"
    case $b in https_*) ;; *)
        if [ "$mbed" -ne 0 ]; then
            echo "FAIL: $b has no HTTPS but links $mbed bytes of mbedTLS" >&2
            status=1
        fi ;;
    esac
done
exit $status
