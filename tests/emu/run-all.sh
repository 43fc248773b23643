#!/bin/sh
# run-all.sh: every emulated-target check (make test-emu).  Each check prints
# PASS or FAIL lines; the summary counts them: "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=${EMU_BUILD:-$top/build/emu}
MAKE_CMD="${EMU_MAKE:-make --no-print-directory -f $top/mk/emu.mk} -j${EMU_JOBS:-$(nproc 2>/dev/null || echo 2)}"
export EMU_BUILD=$B EMU_MAKE="$MAKE_CMD"
mkdir -p "$B"
log=$B/test-emu.log
: > "$log"
start=$(date +%s)
cd "$top" || exit 1

step() { # TITLE COMMAND...: runs COMMAND, echoing its PASS/FAIL lines
    title=$1; shift
    echo "== $title"
    "$@" 2>&1 | tee -a "$log"
}
build() { # NAME GOAL...: one PASS/FAIL for building the goals
    name=$1; shift
    if $MAKE_CMD "$@" > "$B/build-$name.log" 2>&1; then
        echo "PASS build $name"
    else
        echo "FAIL build $name (log: $B/build-$name.log)"
        grep -E 'error|undefined reference|Error' "$B/build-$name.log" | head -10 | sed 's/^/     /'
    fi
}

faults() { # the reset stub's vectors, abort(), unaligned access, the stack's guard (lx106 only)
    if ! $MAKE_CMD "$B/lx106/lx106_fault.elf" > "$B/build-fault.log" 2>&1; then
        echo "FAIL build lx106_fault (log: $B/build-fault.log)"
        return
    fi
    for case in "ill 128 cause 0x00000000" "abort 134 -" \
        "unaligned 137 cause 0x00000009" "unaligned-store 137 cause 0x00000009" \
        "deep 134 stack overflow" "shallow 0 -"; do
        set -- $case
        mode=$1 want=$2
        shift 2
        msg="$*"
        sh "$here/qemu-run.sh" lx106 "$B/lx106/lx106_fault.elf" $mode > /dev/null 2> "$B/fault-$mode.stderr"
        rc=$?
        if [ $rc = $want ] && { [ "$msg" = - ] || grep -q "$msg" "$B/fault-$mode.stderr"; }; then
            note=; [ "$msg" = - ] || note=", stderr reports $msg"
            echo "PASS lx106 fault: '$mode' exits $rc$note"
        else
            echo "FAIL lx106 fault: '$mode' exits $rc, expected $want ($msg)"
        fi
    done
}

step "toolchain" sh -c 'if sh "$0/toolchain-check.sh" > "$1/toolchain.log" 2>&1; then echo "PASS toolchain (emu-toolchain-check)"; else grep MISSING "$1/toolchain.log"; echo "FAIL toolchain"; fi' "$here" "$B"
step "hello: build" build hello "$B/host/hello" "$B/lx106/hello.elf" "$B/rv32/hello.elf"
step "hello: run and compare" sh "$here/hello-check.sh"
step "lx106 fault paths" faults
step "runtime core" sh "$here/core-check.sh"
step "simulation port: scripted HTTP and compiled TypeScript (host = lx106 = rv32)" sh "$here/sim-check.sh"
step "optional API parts: linked only into apps that name them" sh "$here/link-check.sh"
step "RegExp on PCRE2 from Debian's source: node's answers on host, lx106 and rv32" sh "$here/regexp-check.sh"
step "firmware files without Docker: sdkconfig names, Kconfig, partitions, SPIFFS, Dockerfile, CMake" /usr/bin/python3 "$here/firmware_static_check.py"

passed=$(grep -c '^PASS' "$log")
failed=$(grep -c '^FAIL' "$log")
echo "test-emu: $passed passed, $failed failed ($(( $(date +%s) - start ))s)"
[ "$failed" -eq 0 ]
