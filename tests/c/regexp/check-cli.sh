#!/bin/sh
# check-cli.sh REGEXP_CHECK REGEXP_CHECK_NOUNICODE: the compiler's check of
# literals (scripts/regexp-check.c) answers "ok", node's SyntaxError, or the
# refusal, one line for each literal; built without Unicode, it also refuses
# what that engine cannot match.
set -u
passed=0
failed=0
expect() { # NAME TOOL INPUT WANT
    got=$(printf '%s\n' "$3" | "$2")
    if [ "$got" = "$4" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf '%s: got:\n%s\nwant:\n%s\n' "$1" "$got" "$4"
    fi
}
expect "device configuration" "$1" 'gi/^[0-9a-f]+$
/a(b
u/\p{Foo}
x/a
/(?:(a)|b)+
v/a' 'ok
Invalid regular expression: /a(b/: Unterminated group
Invalid regular expression: /\p{Foo}/u: Invalid property name
Invalid flags supplied to RegExp constructor '"'x'"'
Invalid regular expression: /(?:(a)|b)+/: A capture group that a repeated group can skip is not supported
Invalid regular expression flags '"'v'"': the v flag is not supported'
expect "without Unicode" "$2" 'gi/^[0-9a-f]+$
u/a
i/(a)\1
/(a)\1
/(?<é>x)' 'ok
Invalid regular expression: /a/u: The u flag is not supported by this engine (PCRE2 built without Unicode)
Invalid regular expression: /(a)\1/i: A backreference with the i flag is not supported by this engine (PCRE2 built without Unicode)
ok
Invalid regular expression: /(?<é>x)/: A group name with letters beyond ASCII, in an engine without Unicode, is not supported'
echo "regexp-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
