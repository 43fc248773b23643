#!/bin/sh
# core-check.sh: cross-compiles the runtime core (components/runtime/core/*.c)
# with tests/emu/core_smoke.c for lx106 and rv32, runs both under QEMU and
# compares their stdout with the host build's.  Also runs the host build
# under UBSan's alignment check.  Prints PASS/FAIL lines; exits 1 on failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=${EMU_BUILD:-$top/build/emu}
MAKE_CMD=${EMU_MAKE:-make -f $top/mk/emu.mk}
out=$B/core-run
mkdir -p "$out"
fails=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
cd "$top" || exit 1

if ! ls components/runtime/core/*.c >/dev/null 2>&1; then
    fail "core: no components/runtime/core/*.c yet"
    exit 1
fi
built=
for t in host lx106 rv32 host-align; do
    case $t in
    host) goal=$B/host/core_smoke ;;
    host-align) goal=$B/host/core_smoke_align ;;
    *) goal=$B/$t/core_smoke.elf ;;
    esac
    if $MAKE_CMD "$goal" > "$out/build-$t.log" 2>&1; then
        pass "core: builds for $t with -Werror"
        built="$built $t"
    else
        fail "core: build for $t (log: $out/build-$t.log)"
        grep -E 'error|undefined reference' "$out/build-$t.log" | head -15 | sed 's/^/     /'
    fi
done
has() { case " $built " in *" $1 "*) return 0 ;; esac; return 1; }

if has host; then
    "$B/host/core_smoke" > "$out/host.stdout" 2> "$out/host.stderr"
    echo $? > "$out/host.status"
fi
for t in lx106 rv32; do
    has $t && has host || continue
    t0=$(date +%s.%N)
    sh "$here/qemu-run.sh" $t "$B/$t/core_smoke.elf" > "$out/$t.stdout" 2> "$out/$t.stderr"
    rc=$?
    t1=$(date +%s.%N)
    printf '     %-6s exit %s in %.2fs\n' $t $rc "$(echo "$t1 - $t0" | bc)"
    if [ $rc = "$(cat "$out/host.status")" ] && cmp -s "$out/host.stdout" "$out/$t.stdout"; then
        pass "core: $t output byte-identical to host ($(wc -c < "$out/$t.stdout") bytes, exit $rc)"
    else
        fail "core: $t exit $rc (host $(cat "$out/host.status")) or output differs"
        diff "$out/host.stdout" "$out/$t.stdout" | head -20 | sed 's/^/     /'
        head -5 "$out/$t.stderr" | sed 's/^/     stderr: /'
    fi
done
if has host-align; then
    if "$B/host/core_smoke_align" > "$out/align.stdout" 2> "$out/align.stderr" &&
        cmp -s "$out/host.stdout" "$out/align.stdout"; then
        pass "core: host run under -fsanitize=alignment is clean"
    else
        fail "core: alignment sanitizer"; head -5 "$out/align.stderr" | sed 's/^/     /'
    fi
fi
[ $fails -eq 0 ]
