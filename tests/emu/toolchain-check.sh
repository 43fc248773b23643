#!/bin/sh
# toolchain-check.sh: are the cross compilers, picolibc, QEMU and
# gcc-12-source present?  Prints one line per tool; exits 1 if any is missing.
missing=0
check() { # NAME COMMAND... (prints the first line of COMMAND's output)
    name=$1; shift
    if out=$("$@" 2>&1 | head -n 1) && [ -n "$out" ]; then
        printf 'ok       %-34s %s\n' "$name" "$out"
    else
        printf 'MISSING  %-34s (%s)\n' "$name" "$*"
        missing=1
    fi
}
file() { # NAME PATH PACKAGE
    if [ -e "$2" ]; then printf 'ok       %-34s %s\n' "$1" "$2"
    else printf 'MISSING  %-34s %s (apt-get install -y %s)\n' "$1" "$2" "$3"; missing=1; fi
}
check xtensa-lx106-elf-gcc xtensa-lx106-elf-gcc --version
check riscv64-unknown-elf-gcc riscv64-unknown-elf-gcc --version
check xtensa-lx106-elf-size xtensa-lx106-elf-size --version
check riscv64-unknown-elf-size riscv64-unknown-elf-size --version
check qemu-system-xtensa qemu-system-xtensa --version
check qemu-system-riscv32 qemu-system-riscv32 --version
file picolibc-xtensa-lx106-elf /usr/lib/xtensa-lx106-elf/picolibc.specs picolibc-xtensa-lx106-elf
file picolibc-riscv64-unknown-elf /usr/lib/picolibc/riscv64-unknown-elf/picolibc.specs picolibc-riscv64-unknown-elf
file "picolibc rv32im/ilp32 semihost" /usr/lib/picolibc/riscv64-unknown-elf/lib/rv32im/ilp32/libsemihost.a picolibc-riscv64-unknown-elf
tarball=$(ls /usr/src/gcc-12/gcc-12.2.0*.tar.* 2>/dev/null | head -n 1)
file gcc-12-source "${tarball:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}" gcc-12-source
if qemu-system-xtensa -M sim -cpu help 2>/dev/null | grep -qw lx106; then
    printf 'ok       %-34s %s\n' "qemu xtensa cpu lx106" "present"
else
    printf 'MISSING  %-34s\n' "qemu xtensa cpu lx106"; missing=1
fi
if [ $missing -ne 0 ]; then
    echo "emu-toolchain-check: missing pieces; apt-get install -y gcc-xtensa-lx106 picolibc-xtensa-lx106-elf gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc gcc-12-source"
    exit 1
fi
echo "emu-toolchain-check: all present"
