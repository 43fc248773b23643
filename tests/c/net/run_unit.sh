#!/bin/sh
# Run the cmocka binaries given as arguments; print pass/fail totals.
pass=0; fail=0; bad=""
for t in "$@"; do
    out=$("$t" 2>&1); rc=$?
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
    pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0}))
    if [ $rc -ne 0 ]; then
        bad="$bad $(basename "$t")"
        printf '%s\n' "$out" | grep -E 'FAILED|ERROR|Error|error|ASan|runtime error' | head -40
        [ -z "$f" ] && fail=$((fail + 1))
    fi
done
echo "cmocka: $pass passed, $fail failed${bad:+ (in:$bad)}"
[ $fail -eq 0 ]
