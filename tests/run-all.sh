#!/usr/bin/env bash
# Runs every default suite, keeps going past failures, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/.work
passed=0 failed=0 broken=()
# the C builds of core and net compile in parallel; their tests still run one at a time
jobs=$(nproc 2>/dev/null || echo 2)

# Counts "N passed, M failed", node's "# pass N / # fail N" and cmocka's "[  PASSED  ] N".
count() {
  local log=$1 p=0 f=0
  p=$(( $(grep -hoE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
  f=$(( $(grep -hoE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
  p=$(( p + $(grep -hoE '\[  PASSED  \] [0-9]+' "$log" | awk '{s+=$4} END {print s+0}') ))
  f=$(( f + $(grep -hoE '\[  FAILED  \] [0-9]+ test' "$log" | awk '{s+=$4} END {print s+0}') ))
  p=$(( p + $(grep -hoE '(^|: )[0-9]+ passed, [0-9]+ failed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}') ))
  f=$(( f + $(grep -hoE '(^|: )[0-9]+ passed, [0-9]+ failed' "$log" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}') ))
  echo "$p $f"
}

suite() {
  local name=$1; shift
  local log=tests/.work/$name.log start=$SECONDS
  echo "=== $name: $*"
  "$@" >"$log" 2>&1
  local rc=$?
  read -r p f < <(count "$log")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" -ne 0 ] && broken+=("$name")
  echo "    $name: $p passed, $f failed ($((SECONDS - start))s)"
  if [ "$rc" -ne 0 ]; then grep -E 'not ok|FAIL|Error|error' "$log" | head -40 | sed 's/^/    | /'; fi
}

suite format make --no-print-directory check-format
suite manifest make --no-print-directory test-manifest
suite stack  make --no-print-directory check-stack
suite core   make -j"$jobs" --no-print-directory test-core
suite regexp make --no-print-directory test-regexp test-regexp-valgrind
suite neg    node --test dist/tests/tests/runners/neg.test.js
suite lang   node --test dist/tests/tests/runners/lang.test.js
suite tools  node --test --test-concurrency=1 dist/tests/tests/runners/tools.test.js
suite cli    make --no-print-directory test-cli
suite ca     node --test dist/tests/tests/runners/ca.test.js
suite net    make -j"$jobs" --no-print-directory test-net
suite http   make --no-print-directory test-http
suite client make --no-print-directory test-client
suite fresh-clone make --no-print-directory test-fresh-clone
suite emu    make --no-print-directory test-emu EMU_LANG_EVERY=${EMU_LANG_EVERY:-12} EMU_LANG_RX_EVERY=${EMU_LANG_RX_EVERY:-4}

[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]} (logs in tests/.work/)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
