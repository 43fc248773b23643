#!/bin/sh
# pcre2-src.sh TARGET [nounicode] - build PCRE2's 16-bit library from
# Debian's source for a device into
# build/pcre2/10.42-TARGET[-nounicode]/{include/pcre2.h,lib/libpcre2-16.a}.
#
#   TARGET  lx106   the ESP8266 core (xtensa-lx106-elf-gcc, picolibc)
#           rv32    the ESP32-C3 ISA (riscv64-unknown-elf-gcc, rv32imc, picolibc)
#           host    the same configuration for the build machine (cc), so that
#                   the tests can run against it
#           fuzz    the same, instrumented for libFuzzer with ASan and UBSan (clang-14)
#           source  no build: the patched source tree, for the ESP-IDF component
#                   (components/pcre2), in build/pcre2/10.42-source/{src,include},
#                   with the names of the library's sources in sources.txt
#   nounicode  without Unicode support: no u flag, no \p{...} (76 KB of lx106
#           code and tables instead of 231 KB); for apps whose RegExps need neither
#
# The source is Debian 12's: pcre2_10.42.orig.tar.gz with the security fixes
# of pcre2_10.42-1+deb12u1.diff.gz (the host's libpcre2-dev is 10.42-1+deb12u2,
# whose further change is to the JIT, which devices do not build). Both
# files are checked against the sha256 pinned below. The library is built
# -Os with function and data sections, without the JIT, Unicode on, and
# with the working areas PCRE2 keeps on the C stack made small enough for a
# device task's stack (8 KB on the ESP8266) (what no longer fits there goes
# to the heap, as PCRE2 already does for larger patterns):
#   pcre2_compile():   workspace 3000 -> 300 links, parsed pattern 1024 -> 64
#                      words, group info 256 -> 32 words, named groups 20 -> 2
#                      (the frame goes from 17 KB to about 2 KB)
#   pcre2_match():     first frames vector 20 KB -> 1 KB (grown on the heap)
#   pcre2_dfa_match(): recursion workspace 30 KB -> 256 bytes
#
# The result is cached: a second run finds the stamp and does nothing.
# Prints the prefix on its last line. Environment: PCRE2_BUILD (default
# <repo>/build/pcre2); PCRE2_DL_DIR, a directory that may already hold the
# two files (checked like a download).
set -eu

TARGET=${1:?usage: pcre2-src.sh lx106|rv32|host|fuzz [nounicode]}
case ${2:-} in
"") UNICODE=-DSUPPORT_UNICODE FLAVOUR=$TARGET ;;
nounicode) UNICODE= FLAVOUR=$TARGET-nounicode ;;
*) echo "pcre2-src.sh: unknown variant $2 (nounicode)" >&2; exit 2 ;;
esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${PCRE2_BUILD:-$ROOT/build/pcre2}
POOL=http://deb.debian.org/debian/pool/main/p/pcre2
SECURITY=http://deb.debian.org/debian-security/pool/updates/main/p/pcre2
TARBALL=pcre2_10.42.orig.tar.gz # as in pcre2_10.42-1+deb12u1.dsc
TARBALL_SHA=c33b418e3b936ee3153de2c61cc638e7e4fe3156022a5c77d0711bcbb9d64f1f
DIFF=pcre2_10.42-1+deb12u1.diff.gz
DIFF_SHA=4e1e2103da0d905d30c69c8fea259d654ac7282b90236071281901f28e7dd719

case $TARGET in
lx106) CC_CMD="xtensa-lx106-elf-gcc --specs=/usr/lib/xtensa-lx106-elf/picolibc.specs -mlongcalls -mno-target-align"
       AR_CMD=xtensa-lx106-elf-ar ;;
rv32)  CC_CMD="riscv64-unknown-elf-gcc --specs=/usr/lib/picolibc/riscv64-unknown-elf/picolibc.specs -march=rv32imc -mabi=ilp32"
       AR_CMD=riscv64-unknown-elf-ar ;;
host)  CC_CMD="${CC:-cc} -fPIC" AR_CMD=ar ;;
fuzz)  CC_CMD="clang-14 -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" AR_CMD=ar ;;
source) CC_CMD= AR_CMD= ;;
*) echo "pcre2-src.sh: unknown target $TARGET (lx106, rv32, host, fuzz or source)" >&2; exit 2 ;;
esac
# -fno-strict-aliasing: PCRE2 10.42 passes an int32_t * where an int * is
# expected (read_repeat_counts); with picolibc's rv32 int32_t (long int)
# gcc's aliasing rules then drop the stores, and {1,} reads as {0,}
CFLAGS="-Os -g -ffunction-sections -fdata-sections -fstack-usage -fno-strict-aliasing"
PREFIX=$BASE/10.42-$FLAVOUR
STAMP=$PREFIX/.built
WANT="$TARBALL_SHA $DIFF_SHA $FLAVOUR $(sha256sum "$0" | cut -d' ' -f1)"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
    echo "$PREFIX"
    exit 0
fi
mkdir -p "$BASE/dl"
exec 9>"$BASE/.lock-$FLAVOUR"
flock 9
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then echo "$PREFIX"; exit 0; fi

sha_ok() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }
fetch() { # FILE SHA URL...
    file=$1 sha=$2
    shift 2
    sha_ok "$BASE/dl/$file" "$sha" && return 0
    if [ -n "${PCRE2_DL_DIR:-}" ] && sha_ok "$PCRE2_DL_DIR/$file" "$sha"; then
        cp "$PCRE2_DL_DIR/$file" "$BASE/dl/$file"
        return 0
    fi
    for url in "$@"; do
        echo "pcre2-src.sh: downloading $url/$file" >&2
        rm -f "$BASE/dl/$file.part"
        if curl -fsSL --retry 2 --connect-timeout 20 --max-time 600 -o "$BASE/dl/$file.part" "$url/$file" &&
            sha_ok "$BASE/dl/$file.part" "$sha"; then
            mv "$BASE/dl/$file.part" "$BASE/dl/$file"
            return 0
        fi
    done
    rm -f "$BASE/dl/$file.part"
    echo "pcre2-src.sh: cannot fetch $file with sha256 $sha (no network, or the pool no longer has it;" >&2
    echo "  put the file in PCRE2_DL_DIR or $BASE/dl/)" >&2
    exit 1
}
fetch "$TARBALL" "$TARBALL_SHA" "$POOL" "$SECURITY"
fetch "$DIFF" "$DIFF_SHA" "$SECURITY"

rm -rf "$PREFIX"
SRC=$PREFIX/src
mkdir -p "$SRC" "$PREFIX/include" "$PREFIX/lib" "$PREFIX/obj"
tar xzf "$BASE/dl/$TARBALL" -C "$SRC" --strip-components=1
gzip -dc "$BASE/dl/$DIFF" | (cd "$SRC" && patch -p1 -s)

# the device configuration: smaller stack areas (see above); each edit must apply
edit() { # FILE FROM TO (literal text)
    grep -qF "$2" "$SRC/src/$1" || { echo "pcre2-src.sh: '$2' not found in $1" >&2; exit 1; }
    sed -i "s|$(printf '%s' "$2" | sed 's/[][\.*^$]/\\&/g')|$3|" "$SRC/src/$1"
}
edit pcre2_compile.c "#define COMPILE_WORK_SIZE (3000*LINK_SIZE)" "#define COMPILE_WORK_SIZE (300*LINK_SIZE)"
edit pcre2_compile.c "#define PARSED_PATTERN_DEFAULT_SIZE 1024" "#define PARSED_PATTERN_DEFAULT_SIZE 64"
edit pcre2_compile.c "#define GROUPINFO_DEFAULT_SIZE 256" "#define GROUPINFO_DEFAULT_SIZE 32"
edit pcre2_compile.c "#define NAMED_GROUP_LIST_SIZE  20" "#define NAMED_GROUP_LIST_SIZE  2"
edit pcre2_internal.h "#define START_FRAMES_SIZE 20480" "#define START_FRAMES_SIZE 1024"
edit pcre2_internal.h "#define DFA_START_RWS_SIZE 30720" "#define DFA_START_RWS_SIZE 256"

cp "$SRC/src/config.h.generic" "$SRC/src/config.h"
cp "$SRC/src/pcre2.h.generic" "$SRC/src/pcre2.h"
cp "$SRC/src/pcre2_chartables.c.dist" "$SRC/src/pcre2_chartables.c"
cp "$SRC/src/pcre2.h" "$PREFIX/include/"

NAMES="auto_possess chartables compile config context convert dfa_match error extuni find_bracket
       jit_compile maketables match match_data newline ord2utf pattern_info script_run serialize
       string_utils study substitute substring tables ucd valid_utf xclass"
if [ "$TARGET" = source ]; then
    for n in $NAMES; do echo "src/src/pcre2_$n.c"; done >"$PREFIX/sources.txt"
    echo "$WANT" >"$STAMP"
    echo "$PREFIX"
    exit 0
fi
echo "pcre2-src.sh: building PCRE2 10.42 (16-bit) for $FLAVOUR in $SRC" >&2
for n in $NAMES; do
    # shellcheck disable=SC2086
    nice -n 19 $CC_CMD $CFLAGS -DHAVE_CONFIG_H -DPCRE2_CODE_UNIT_WIDTH=16 $UNICODE -DPCRE2_STATIC \
        -DHAVE_MEMMOVE -DHAVE_STDINT_H -DHAVE_INTTYPES_H -DHAVE_STRING_H -DHAVE_STDLIB_H -I"$SRC/src" \
        -c "$SRC/src/pcre2_$n.c" -o "$PREFIX/obj/pcre2_$n.o" 2>>"$PREFIX/build.log" || {
        tail -20 "$PREFIX/build.log" >&2
        echo "pcre2-src.sh: build failed, log: $PREFIX/build.log" >&2
        exit 1
    }
done
$AR_CMD rcs "$PREFIX/lib/libpcre2-16.a" "$PREFIX"/obj/*.o
rm -rf "$SRC"
echo "$WANT" >"$STAMP"
echo "$PREFIX"
