#!/bin/sh
# tls_link_size.sh: how much of mbedTLS each kind of app links (make size-tls),
# linked with --gc-sections as ESP-IDF links firmware:
#   01_hello      HTTP server only                must link no mbedTLS at all
#   app           the seed: HTTP server + client  must link no mbedTLS at all
#   https_hello   HTTPS server                    links the TLS server
#   https_client  HTTPS client                    links the TLS client
# Two builds:
#   x86-64  the runtime at -Os with function sections, against mbedTLS 3.6.6
#           built with the ESP32's record sizes (-O1, whole objects);
#   lx106   the emulated build's runtime (mk/emu.mk, port/sim) with TLS,
#           against mbedTLS 2.28.3 cross-built at -Os with function sections
#           and the ESP8266's record sizes: the chip's instruction set.
# Prints the text of each program and the part of it from libmbed*.a; exits
# 1 if an app without HTTPS links any of it.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
rt=$top/components/runtime
O=$top/build/net/link-size
mkdir -p "$O/obj"
status=0

cat > "$O/https_hello.ts" <<'TS'
const server = Http.createServer((req: Request, res: Response) => res.end("hello\n"));
server.listen(8443, { ssl_cert: "server.pem", ssl_key: "server.key" });
TS
cat > "$O/https_client.ts" <<'TS'
Http.get("https://example.com/", (res: ClientResponse) => print(res.statusCode));
TS
apps="$top/tests/http/apps/01_hello.ts $top/ts/app/app.ts $O/https_hello.ts $O/https_client.ts"

# report NAME ELF MAP SIZE-TOOL: one table row; fails apps without HTTPS that link mbedTLS
report() {
    mbed=$(awk '/^Linker script and memory map/ { on = 1 }
        on && /^ \.(text|rodata|literal)[^ ]* +0x[0-9a-f]+ +0x[0-9a-f]+ .*libmbed/ { t += strtonum($3) }
        on && /^ \.(text|rodata|literal)[^ ]*$/ { pend = 1; next }
        on && pend && /^ +0x[0-9a-f]+ +0x[0-9a-f]+ .*libmbed/ { t += strtonum($2) }
        { pend = 0 } END { print t + 0 }' "$3")
    printf '  %-12s %10d %14d\n' "$1" "$($4 "$2" | awk 'NR == 2 { print $1 }')" "$mbed"
    case $1 in https_*) ;; *)
        if [ "$mbed" -ne 0 ]; then
            echo "FAIL: $1 has no HTTPS but links $mbed bytes of mbedTLS" >&2
            status=1
        fi ;;
    esac
}

# ---------------------------------------------------------------- x86-64
M=$(sh "$top/tests/tls/mbedtls-src.sh" 3.6.6 16384 4096)
cflags="-Os -std=c99 -ffunction-sections -fdata-sections -DTS_HAVE_PORT_CLOCK -DTSFW_TLS_IN_LEN=16384 -DTSFW_TLS_OUT_LEN=4096
 -I$rt -I$rt/core -I$rt/api -I$rt/port/posix -I/usr/share/include/llhttp -I$M/include"
objs=
# the host build's sources (components/runtime/manifest.json)
for s in $(node "$rt/manifest.js" list host); do
    o=$O/obj/$(basename "$(dirname "$s")")_$(basename "$s" .c).o
    gcc $cflags "-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>" -DLLHTTP_STRICT_MODE=1 -w -c "$s" -o "$o"
    objs="$objs $o"
done
rm -f "$O/librt.a"
ar rcs "$O/librt.a" $objs
echo "x86-64, mbedTLS 3.6.6 (16 KB / 4 KB records):"
printf '  %-12s %10s %14s\n' app text "from mbedTLS"
for app in $apps; do
    b=$(basename "$app" .ts)
    node "$top/dist/compiler/cli.js" emit "$app" -o "$O/$b.c" > /dev/null
    gcc $cflags -w -c "$O/$b.c" -o "$O/$b.o"
    gcc -Wl,--gc-sections "-Wl,-Map=$O/$b.map" -o "$O/$b" "$O/$b.o" "$O/librt.a" \
        "$M/lib/libmbedtls.a" "$M/lib/libmbedx509.a" "$M/lib/libmbedcrypto.a" -lcares -lm
    report "$b" "$O/$b" "$O/$b.map" size
done

# ----------------------------------------------------------------- lx106
M=$(MBEDTLS_TARGET=lx106 sh "$top/tests/tls/mbedtls-src.sh" 2.28.3 4096 2048)
EB=$top/build/emu-tls
mkdir -p "$EB/gen/app"
goals=
for app in $apps; do
    b=$(basename "$app" .ts)
    node "$top/dist/compiler/cli.js" emit "$app" -o "$EB/gen/app/$b.c" > /dev/null
    goals="$goals $EB/lx106/ts/app/$b.elf"
done
if ! make --no-print-directory -j"$(nproc 2>/dev/null || echo 2)" -f "$top/mk/emu.mk" EMU_BUILD="$EB" EMU_RT_BUILD=sim-tls \
    EMU_TLS_CFLAGS="-I$M/include \"-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>\" -DTSFW_TLS_IN_LEN=4096 -DTSFW_TLS_OUT_LEN=2048" \
    EMU_TLS_LIBS="$M/lib/libmbedtls.a $M/lib/libmbedx509.a $M/lib/libmbedcrypto.a" $goals > "$EB/build.log" 2>&1; then
    tail -20 "$EB/build.log" >&2
    echo "FAIL: lx106 build (log: $EB/build.log)" >&2
    exit 1
fi
echo "lx106 (ESP8266), mbedTLS 2.28.3 at -Os (4 KB / 2 KB records):"
printf '  %-12s %10s %14s\n' app text "from mbedTLS"
for app in $apps; do
    b=$(basename "$app" .ts)
    report "$b" "$EB/lx106/ts/app/$b.elf" "$EB/lx106/ts/app/$b.elf.map" xtensa-lx106-elf-size
done
exit $status
