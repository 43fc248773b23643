#!/bin/sh
# bench/exc/run.sh - the cost of exceptions on the path that does not throw
# (exc_bench.c), built at -O2 like a release app: make bench-exc
# -Wno-clobbered: GCC warns about loop counters that C99 7.13.2.1 allows
# (they are not modified between the setjmp and a longjmp); see
# docs/exceptions.md.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/bench-exc"
mkdir -p "$out"
gcc -std=c99 -O2 -Wall -Wextra -Werror -Wno-clobbered -I"$root/components/runtime/core" -o "$out/exc_bench" \
    "$root/bench/exc/exc_bench.c" "$root"/components/runtime/core/*.c -lm
"$out/exc_bench" "$@"
