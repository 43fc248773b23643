#!/bin/sh
# qemu-run.sh TARGET ELF [ARG...]
#
# Runs ELF under QEMU with semihosting and exits with the program's own exit
# status.  TARGET is lx106 or rv32.  The program's stdout and stderr are
# QEMU's stdout and stderr; its files are opened relative to the current
# directory.  ARGs arrive as argv[1..]:
#   lx106: QEMU's xtensa SYS_argc/SYS_argv calls return the
#          -semihosting-config arg= list, so argv[0] is passed as the first arg.
#   rv32:  picolibc's crt0-semihost builds argv from SYS_GET_CMDLINE (the arg=
#          list joined with spaces) and puts "program-name" in argv[0] itself,
#          so no argv[0] is passed.  Arguments must not contain spaces there.
# EMU_TIMEOUT (seconds, default 120) bounds the run; a timeout exits 124.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 lx106|rv32 ELF [ARG...]" >&2
    exit 2
fi
target=$1
elf=$2
shift 2
[ -f "$elf" ] || { echo "$0: no such ELF: $elf" >&2; exit 2; }

# QEMU option values escape a comma by doubling it.
qarg() { printf ',arg=%s' "$(printf '%s' "$1" | sed 's/,/,,/g')"; }

args=
case $target in
lx106)
    args=$(qarg "$(basename "$elf")")
    ;;
rv32) ;;
*)
    echo "$0: unknown target '$target' (lx106 or rv32)" >&2
    exit 2
    ;;
esac
for a in "$@"; do
    case $target in
    rv32)
        case $a in *" "*)
            echo "$0: rv32 arguments cannot contain spaces: '$a'" >&2
            exit 2 ;;
        esac ;;
    esac
    args="$args$(qarg "$a")"
done

common="-display none -serial none -monitor none -nodefaults -no-reboot"
case $target in
lx106)
    exec timeout "${EMU_TIMEOUT:-120}" qemu-system-xtensa -M sim -cpu lx106 $common \
        -semihosting-config "enable=on,target=native$args" -kernel "$elf"
    ;;
rv32)
    exec timeout "${EMU_TIMEOUT:-120}" qemu-system-riscv32 -M virt -bios none $common \
        -semihosting-config "enable=on,target=native$args" -kernel "$elf"
    ;;
esac
