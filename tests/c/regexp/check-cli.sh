#!/bin/sh
# check-cli.sh REGEXP_CHECK: the compiler's check of literals (scripts/regexp-check.c)
# answers "ok", node's SyntaxError, or the refusal, one line for each literal.
set -u
got=$(printf '%s\n' 'gi/^[0-9a-f]+$' '/a(b' 'u/\p{Foo}' 'x/a' '/(?:(a)|b)+' 'v/a' | "$1")
want='ok
Invalid regular expression: /a(b/: Unterminated group
Invalid regular expression: /\p{Foo}/u: Invalid property name
Invalid flags supplied to RegExp constructor '"'x'"'
Invalid regular expression: /(?:(a)|b)+/: A capture group that a repeated group can skip is not supported
Invalid regular expression flags '"'v'"': the v flag is not supported'
if [ "$got" = "$want" ]; then
    echo "regexp-check: 6 passed, 0 failed"
else
    echo "regexp-check: 0 passed, 1 failed"
    printf 'got:\n%s\nwant:\n%s\n' "$got" "$want"
    exit 1
fi
