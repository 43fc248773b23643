#!/usr/bin/env bash
# fresh-clone.sh: the README's first command on a fresh clone (make test-fresh-clone).
# Clones the repository's HEAD into a temporary folder and, in a network
# namespace of its own (port 8000 is the example's), runs `make run` there:
#   cold  it installs what it needs (npm ci, from npm's cache), builds and serves
#         the example: GET /hello answers the request as JSON, GET / is ts/app/www;
#   warm  a second `make run` compiles nothing and serves again at once.
# Prints PASS/FAIL lines with the times, and "N passed, M failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" != --inside ]; then
    tmp=$(mktemp -d /tmp/tsfw-clone.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT
    git clone --quiet "$top" "$tmp/tsfw" || { echo "FAIL git clone $top"; echo "0 passed, 1 failed"; exit 1; }
    # own network namespace (as root, or as a user through a user namespace)
    exec unshare --map-root-user --net bash "$0" --inside "$tmp/tsfw"
fi
clone=$2
cd "$clone" || exit 1
ip link set lo up
export npm_config_prefer_offline=true
passed=0 failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# serve LOG LIMIT_S: starts make run (process group $pid), waits for GET /hello;
# sets $took to the seconds that took
serve() {
    local t0=$(date +%s.%N) i=0
    setsid make run > "$1" 2>&1 &
    pid=$!
    while ! curl -s -m 1 -o /dev/null http://127.0.0.1:8000/hello; do
        if ! kill -0 $pid 2>/dev/null || [ $i -ge $(($2 * 20)) ]; then return 1; fi
        sleep 0.05
        i=$((i + 1))
    done
    took=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }')
}
stop() {
    kill -TERM -- -"$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

if serve "$clone/cold.log" 600; then
    pass "cold make run in a fresh clone serves the example after ${took}s"
    body=$(curl -s -H 'MyHeader: hi there' http://127.0.0.1:8000/hello)
    case $body in
    *'"method":"GET"'*'"myheader":"hi there"'*) pass "GET /hello answers the request as JSON" ;;
    *) fail "GET /hello: $body" ;;
    esac
    if curl -s http://127.0.0.1:8000/ | cmp -s - ts/app/www/index.html; then
        pass "GET / is ts/app/www/index.html"
    else
        fail "GET / is not ts/app/www/index.html"
    fi
    stop
else
    fail "cold make run did not serve within 600 s:"
    tail -20 "$clone/cold.log" | sed 's/^/     /'
    stop
fi

app_time=$(stat -c %Y out/app 2>/dev/null)
if serve "$clone/warm.log" 30; then
    stop
    if grep -qE 'tsc|cli.js build|npm ci' "$clone/warm.log" || [ "$(stat -c %Y out/app)" != "$app_time" ]; then
        fail "warm make run rebuilt something:"
        sed 's/^/     /' "$clone/warm.log" | head -10
    else
        pass "warm make run compiles nothing and serves after ${took}s"
    fi
else
    fail "warm make run did not serve within 30 s:"
    tail -20 "$clone/warm.log" | sed 's/^/     /'
    stop
fi
echo "fresh clone: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
