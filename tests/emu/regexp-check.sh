#!/bin/sh
# regexp-check.sh: RegExp on the emulated targets (make test-regexp-emu).
# Builds tests/emu/regexp_emu.c for host, lx106 and rv32 with PCRE2
# cross-built from Debian's source (scripts/pcre2-src.sh), runs the three,
# and requires byte-identical stdout (node's answers, checked in the
# program). Prints each target's measurements (heap, stack, cycles to the
# backtracking limit) and the lx106/rv32 code size of the RegExp engine.
# Prints PASS/FAIL lines; exits 1 on failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=${EMU_BUILD:-$top/build/emu}
# the top Makefile: its rules for regexp_emu live in mk/regexp.mk, which mk/emu.mk alone lacks
MAKE_CMD="make --no-print-directory -f $top/Makefile"
out=$B/regexp-run
mkdir -p "$out"
fails=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
cd "$top" || exit 1

for t in host lx106 rv32; do
    case $t in host) elf=$B/host/regexp_emu ;; *) elf=$B/$t/regexp_emu.elf ;; esac
    if ! $MAKE_CMD "$elf" > "$out/build-$t.log" 2>&1; then
        fail "regexp: build for $t (log: $out/build-$t.log)"
        grep -E 'error|undefined reference' "$out/build-$t.log" | head -10 | sed 's/^/     /'
        continue
    fi
    case $t in
    host) "$elf" > "$out/$t.stdout" 2> "$out/$t.stderr"; rc=$?
          "$elf" limit > /dev/null 2> "$out/$t.limit" ;;
    *) EMU_TIMEOUT=600 sh "$here/qemu-run.sh" $t "$elf" > "$out/$t.stdout" 2> "$out/$t.stderr"; rc=$?
       EMU_TIMEOUT=600 sh "$here/qemu-run.sh" $t "$elf" limit > /dev/null 2> "$out/$t.limit" ;;
    esac
    echo "$rc" > "$out/$t.status"
    sed 's/^/     '"$t"': /' "$out/$t.stderr" "$out/$t.limit" | grep -E 'regexp-emu|RangeError'
    if [ "$rc" = 0 ] && tail -1 "$out/$t.stdout" | grep -q ': 0 failed$'; then
        pass "regexp: $t agrees with node: $(tail -1 "$out/$t.stdout")"
    else
        fail "regexp: $t exit $rc: $(tail -1 "$out/$t.stdout")"
        head -20 "$out/$t.stdout" | sed 's/^/     /'
    fi
    if grep -q "exceeded its backtracking limit" "$out/$t.limit"; then
        pass "regexp: $t throws the backtracking limit's RangeError"
    else
        fail "regexp: $t limit run: $(head -2 "$out/$t.limit")"
    fi
done
for t in lx106 rv32; do
    [ -f "$out/$t.stdout" ] && [ -f "$out/host.stdout" ] || continue
    if cmp -s "$out/host.stdout" "$out/$t.stdout"; then
        pass "regexp: $t output byte-identical to host ($(wc -c < "$out/$t.stdout") bytes)"
    else
        fail "regexp: $t output differs from host"
        diff "$out/host.stdout" "$out/$t.stdout" | head -20 | sed 's/^/     /'
    fi
done
# The time a catastrophic pattern takes to reach the backtracking limit on
# the ESP8266: under QEMU with -icount shift=0 every instruction takes 1 ns
# of virtual time, and the sim machine's CCOUNT runs at 40 MHz of it (20
# million instructions read 800000), so instructions = CCOUNT x 25; the
# ESP8266 runs about one instruction a cycle at 80 MHz.
if [ -f "$B/lx106/regexp_emu.elf" ]; then
    c=$(timeout 600 qemu-system-xtensa -M sim -cpu lx106 -display none -serial none -monitor none -nodefaults \
        -no-reboot -icount shift=0 -semihosting-config "enable=on,target=native,arg=regexp_emu.elf,arg=limit" \
        -kernel "$B/lx106/regexp_emu.elf" 2>&1 >/dev/null | sed -n 's/.*threw after \([0-9]*\) cycles.*/\1/p')
    if [ -n "$c" ]; then
        awk -v c="$c" 'BEGIN { i = c * 25; printf "     lx106: the backtracking limit trips after %.1f million instructions: %.0f ms at 80 MHz\n", i / 1e6, i / 80e3 }'
    fi
fi
# code size: what the link kept from the RegExp binding and from PCRE2
for t in lx106 rv32; do
    map=$B/$t/regexp_emu.elf.map
    [ -f "$map" ] || continue
    awk -v t=$t '
        /^Linker script and memory map/ { linked = 1; next }
        !linked { next }
        /^ \.(text|rodata|literal)/ && NF >= 4 && $2 ~ /^0x/ { sz = strtonum($3); file = $4 }
        /^ \.(text|rodata|literal)/ && NF == 1 { pending = 1; next }
        pending && $1 ~ /^0x/ { sz = strtonum($2); file = $3; pending = 0 }
        file != "" && sz > 0 {
            if (file ~ /libpcre2-16\.a/) pcre += sz
            else if (file ~ /regexp_emu\/components\/runtime\/regexp\//) rx += sz
            sz = 0; file = ""
        }
        END { printf "     %s: code and constants: RegExp binding %d bytes, PCRE2 %d bytes\n", t, rx, pcre }' "$map"
done
[ $fails -eq 0 ]
