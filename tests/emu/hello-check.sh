#!/bin/sh
# hello-check.sh: runs emu/hello.c built for the host, lx106 and rv32 (under
# QEMU) and compares.  Prints PASS/FAIL lines; exits 1 if anything failed.
# Expects the three builds in $EMU_BUILD/{host/hello,lx106/hello.elf,rv32/hello.elf}.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=${EMU_BUILD:-$top/build/emu}
out=$B/hello-run
mkdir -p "$out"
input=tests/emu/hello_input.txt
status=7
fails=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

cd "$top" || exit 1
run() { # NAME COMMAND...: stdout -> $out/NAME.stdout, status -> $out/NAME.status
    name=$1; shift
    t0=$(date +%s.%N)
    "$@" > "$out/$name.stdout" 2> "$out/$name.stderr"
    echo $? > "$out/$name.status"
    t1=$(date +%s.%N)
    printf '     %-6s exit %s in %.2fs\n' "$name" "$(cat "$out/$name.status")" "$(echo "$t1 - $t0" | bc)"
}
rm -f "$out"/*.file
run host "$B/host/hello" "$input" "$out/host.file" $status
run lx106 sh "$here/qemu-run.sh" lx106 "$B/lx106/hello.elf" "$input" "$out/lx106.file" $status
run rv32 sh "$here/qemu-run.sh" rv32 "$B/rv32/hello.elf" "$input" "$out/rv32.file" $status

if [ "$(cat "$out/host.status")" = $status ] && grep -q '^failures: 0$' "$out/host.stdout"; then
    pass "hello: host reference runs (exit $status, no self-check failures)"
else
    fail "hello: host reference (exit $(cat "$out/host.status"))"
fi
for t in lx106 rv32; do
    if [ "$(cat "$out/$t.status")" = $status ]; then
        pass "hello: $t exit status $status propagates through semihosting"
    else
        fail "hello: $t exit status $(cat "$out/$t.status"), expected $status"; sed 's/^/     stderr: /' "$out/$t.stderr" | head -5
    fi
    if cmp -s "$out/host.stdout" "$out/$t.stdout"; then
        pass "hello: $t stdout byte-identical to host ($(wc -c < "$out/$t.stdout") bytes)"
    else
        fail "hello: $t stdout differs from host"; diff "$out/host.stdout" "$out/$t.stdout" | head -20 | sed 's/^/     /'
    fi
    if [ -f "$out/$t.file" ] && cmp -s "$out/host.file" "$out/$t.file"; then
        pass "hello: $t file written through semihosting identical to host"
    else
        fail "hello: $t output file missing or different"
    fi
done
[ $fails -eq 0 ]
