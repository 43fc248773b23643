#!/bin/sh
# mbedtls-src.sh VERSION [IN_LEN OUT_LEN] - build a pinned mbedTLS from
# Debian's source tarball into build/mbedtls/VERSION-CONFIG/{include,lib}.
#
#   VERSION   2.28.3 (Debian 12) or 3.6.6 (Debian 13; ESP-IDF 5 ships 3.x)
#   IN_LEN OUT_LEN
#             record buffer sizes (MBEDTLS_SSL_IN/OUT_CONTENT_LEN); CONFIG is
#             then "inIN-outOUT", else "default" (the library's own
#             config, 16384/16384).  They are set through
#             MBEDTLS_USER_CONFIG_FILE (2.28 and 3.x both include it after
#             their default config); the file is installed as
#             include/tsfw_mbedtls_user.h and code built against the library
#             must see it too: -DMBEDTLS_USER_CONFIG_FILE='<tsfw_mbedtls_user.h>'
#
# Only the static libraries are built (no tests, no programs), -O1, with
# `nice -n 19 make -j2`.  The result is cached: a second run finds the stamp
# file and does nothing.  Prints the prefix on its last line.
#
# Environment: MBEDTLS_BUILD (default: <repo>/build/mbedtls); MBEDTLS_DL_DIR,
# a directory that may already hold the tarball (checked like a download);
# MBEDTLS_TARGET=lx106 cross-builds for the ESP8266's core with picolibc, at
# -Os with function sections as ESP-IDF builds it, without the parts that
# need an OS (net_sockets, timing, file I/O, platform entropy); CONFIG then
# ends in "-lx106" (tests/tls/tls_link_size.sh measures code size with it).
# MBEDTLS_CALLGRAPH=1 also writes gcc's call graph with stack usage
# (-fcallgraph-info=su, into callgraph/*.ci) for tests/tools/check_stack.py;
# CONFIG then ends in "-cg".
# The tarball is verified against the sha256 pinned below.
set -eu

VER=${1:?usage: mbedtls-src.sh VERSION [IN_LEN OUT_LEN]}
IN=${2:-}
OUT=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=${MBEDTLS_BUILD:-$ROOT/build/mbedtls}
POOL=http://deb.debian.org/debian/pool/main/m/mbedtls

case $VER in
2.28.3) TARBALL=mbedtls_2.28.3.orig.tar.gz      # as in mbedtls_2.28.3-1.dsc (Debian 12)
        SHA=3b4953aa55a681e084d31892d9904cc5328d6b4958ea57b90ae4b4f94ae69a8d ;;
3.6.6)  TARBALL=mbedtls_3.6.6.orig.tar.bz2     # as in mbedtls_3.6.6-0.1~deb13u1.dsc
        SHA=8fb65fae8dcae5840f793c0a334860a411f884cc537ea290ce1c52bb64ca007a ;;
*) echo "mbedtls-src.sh: unknown version $VER (2.28.3 or 3.6.6)" >&2; exit 2 ;;
esac

if [ -n "$IN" ] || [ -n "$OUT" ]; then
    case "$IN$OUT" in *[!0-9]*|"") echo "mbedtls-src.sh: IN_LEN and OUT_LEN must be numbers" >&2; exit 2 ;; esac
    CFG=in$IN-out$OUT
else
    CFG=default
fi
case ${MBEDTLS_TARGET:-} in
"") BUILD_CC=${CC:-cc} BUILD_AR=ar BUILD_CFLAGS=-O1 ;;
lx106) CFG=$CFG-lx106
       BUILD_CC="xtensa-lx106-elf-gcc --specs=/usr/lib/xtensa-lx106-elf/picolibc.specs -mlongcalls"
       BUILD_AR=xtensa-lx106-elf-ar BUILD_CFLAGS="-Os -ffunction-sections -fdata-sections" ;;
*) echo "mbedtls-src.sh: unknown MBEDTLS_TARGET $MBEDTLS_TARGET (lx106)" >&2; exit 2 ;;
esac
if [ "${MBEDTLS_CALLGRAPH:-}" = 1 ]; then
    CFG=$CFG-cg
    BUILD_CFLAGS="$BUILD_CFLAGS -fcallgraph-info=su"
fi
PREFIX=$BASE/$VER-$CFG
STAMP=$PREFIX/.built

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$SHA $CFG" ]; then
    echo "$PREFIX"
    exit 0
fi

mkdir -p "$BASE/dl"
# one build per prefix at a time (parallel make runs)
exec 9>"$BASE/.lock-$VER-$CFG"
flock 9
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$SHA $CFG" ]; then echo "$PREFIX"; exit 0; fi

TB=$BASE/dl/$TARBALL
sha_ok() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$SHA" ]; }
if ! sha_ok "$TB"; then
    if [ -n "${MBEDTLS_DL_DIR:-}" ] && sha_ok "$MBEDTLS_DL_DIR/$TARBALL"; then
        cp "$MBEDTLS_DL_DIR/$TARBALL" "$TB"
    else
        echo "mbedtls-src.sh: downloading $POOL/$TARBALL" >&2
        rm -f "$TB.part"
        if ! curl -fsSL --retry 2 --connect-timeout 20 --max-time 600 -o "$TB.part" "$POOL/$TARBALL"; then
            rm -f "$TB.part"
            echo "mbedtls-src.sh: cannot download $POOL/$TARBALL (no network, or the pool no longer has it;" >&2
            echo "  put the file in MBEDTLS_DL_DIR or $BASE/dl/)" >&2
            exit 1
        fi
        if ! sha_ok "$TB.part"; then
            echo "mbedtls-src.sh: $TARBALL: sha256 $(sha256sum "$TB.part" | cut -d' ' -f1), expected $SHA" >&2
            rm -f "$TB.part"
            exit 1
        fi
        mv "$TB.part" "$TB"
    fi
fi

rm -rf "$PREFIX"
SRC=$PREFIX/src
mkdir -p "$SRC" "$PREFIX/include" "$PREFIX/lib"
tar xf "$TB" -C "$SRC" --strip-components=1

# record buffer sizes through the user config file (none for "default")
{
    echo "/* tsfw_mbedtls_user.h - made by tests/tls/mbedtls-src.sh ($VER-$CFG) */"
    if [ -n "$IN" ]; then
        echo "#define MBEDTLS_SSL_IN_CONTENT_LEN $IN"
        echo "#define MBEDTLS_SSL_OUT_CONTENT_LEN $OUT"
    fi
    if [ -n "${MBEDTLS_TARGET:-}" ]; then
        echo "#undef MBEDTLS_NET_C"
        echo "#undef MBEDTLS_TIMING_C"
        echo "#undef MBEDTLS_FS_IO"
        echo "#undef MBEDTLS_PSA_ITS_FILE_C"
        echo "#undef MBEDTLS_PSA_CRYPTO_STORAGE_C"
        echo "#define MBEDTLS_NO_PLATFORM_ENTROPY"
    fi
} >"$PREFIX/include/tsfw_mbedtls_user.h"

echo "mbedtls-src.sh: building mbedTLS $VER ($CFG) in $SRC" >&2
nice -n 19 make -j2 -C "$SRC/library" \
    CC="$BUILD_CC" AR="$BUILD_AR" \
    CFLAGS="$BUILD_CFLAGS -I$PREFIX/include -DMBEDTLS_USER_CONFIG_FILE='<tsfw_mbedtls_user.h>'" \
    libmbedcrypto.a libmbedx509.a libmbedtls.a >"$PREFIX/build.log" 2>&1 || {
    tail -20 "$PREFIX/build.log" >&2
    echo "mbedtls-src.sh: build failed, log: $PREFIX/build.log" >&2
    exit 1
}
cp -R "$SRC/include/mbedtls" "$PREFIX/include/"
[ -d "$SRC/include/psa" ] && cp -R "$SRC/include/psa" "$PREFIX/include/"
cp "$SRC/library/libmbedcrypto.a" "$SRC/library/libmbedx509.a" "$SRC/library/libmbedtls.a" "$PREFIX/lib/"
if [ "${MBEDTLS_CALLGRAPH:-}" = 1 ]; then
    mkdir -p "$PREFIX/callgraph"
    cp "$SRC"/library/*.ci "$PREFIX/callgraph/"
fi
rm -rf "$SRC"
echo "$SHA $CFG" >"$STAMP"
echo "$PREFIX"
