#!/bin/sh
# size-table.sh LX106_OBJDIR RV32_OBJDIR SRC...
# Prints text/data/bss of each SRC's object on lx106 and rv32 (GNU size,
# Berkeley format; text includes read-only data) and the totals.
set -eu
lx=$1; rv=$2; shift 2
printf '%-44s %27s   %27s\n' "" "lx106 (-Os)" "rv32imc (-Os)"
printf '%-44s %8s %8s %8s   %8s %8s %8s\n' object text data bss text data bss
tl=0 dl=0 bl=0 tr=0 dr=0 br=0
for src in "$@"; do
    o=${src%.*}.o
    set -- $(xtensa-lx106-elf-size "$lx/$o" | awk 'NR==2 {print $1, $2, $3}')
    a1=$1 a2=$2 a3=$3
    set -- $(riscv64-unknown-elf-size "$rv/$o" | awk 'NR==2 {print $1, $2, $3}')
    printf '%-44s %8d %8d %8d   %8d %8d %8d\n' "$src" $a1 $a2 $a3 $1 $2 $3
    tl=$((tl + a1)) dl=$((dl + a2)) bl=$((bl + a3)) tr=$((tr + $1)) dr=$((dr + $2)) br=$((br + $3))
done
printf '%-44s %8d %8d %8d   %8d %8d %8d\n' TOTAL $tl $dl $bl $tr $dr $br
