#!/bin/sh
# Re-runs every generator in this folder (node 20, and the Debian data files a
# generator reads when they are installed) into a temporary folder and compares
# the output with the committed tables: the expected values in the C tests come
# from node, not from memory.  A generator whose inputs are missing says so and
# is skipped (the committed tables still drive the C tests).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! command -v node >/dev/null 2>&1; then
    echo "gen-check: node not found; committed tables not re-checked"
    exit 0
fi
status=0
for g in "$here"/gen_*.js; do
    name=$(basename "$g")
    if ! node "$g" "$out" >"$out/$name.log" 2>&1; then
        if grep -q '^SKIP' "$out/$name.log"; then
            echo "gen-check: $name: $(grep '^SKIP' "$out/$name.log")"
            continue
        fi
        cat "$out/$name.log" >&2
        echo "gen-check: $name failed" >&2
        status=1
    fi
done
for f in "$out"/*; do
    case "$f" in *.log) continue ;; esac
    base=$(basename "$f")
    # tables live beside the tests, or in the runtime (those the device builds need)
    target=$(find "$here/.." "$here/../../../../components/runtime/core" "$here/../../../../components/runtime/port/posix" \
        -maxdepth 1 -name "$base" | head -n 1)
    if [ -z "$target" ] || ! cmp -s "$f" "$target"; then
        echo "gen-check: $base differs from what its generator writes now" >&2
        [ -n "$target" ] && diff "$target" "$f" | head -n 20 >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "gen-check: $(ls "$out" | grep -vc '\.log$') generated tables match"
exit $status
