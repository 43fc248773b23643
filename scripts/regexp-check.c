/* regexp-check.c - the compile-time check of RegExp literals.
 *
 * Reads one literal a line on stdin, as FLAGS/PATTERN (the flags, a slash,
 * then the text between the literal's slashes, in UTF-8) and writes one
 * line for each: "ok", or the SyntaxError that new RegExp would throw on
 * the device (node's message for a syntax error, or the construct this
 * runtime refuses). It compiles with the runtime's own translation and
 * PCRE2 in its device configuration, so a literal it accepts compiles at
 * start-up on every target.
 *
 *   make regexp-check  ->  build/regexp/regexp-check
 *   printf 'g/a(b\n/(?:(a)|b)+\n' | build/regexp/regexp-check
 *   ok... */
#include <stdio.h>
#include <string.h>

#include "regexp_internal.h"

int main(void) {
    static char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        char *slash = strchr(line, '/');
        TsString *flags, *pattern, *msg;
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (!slash) {
            puts("regexp-check: expected FLAGS/PATTERN");
            continue;
        }
        flags = ts_str_new(line, (size_t)(slash - line));
        pattern = ts_str_new(slash + 1, n - (size_t)(slash - line) - 1);
        msg = rx_check(pattern, flags);
        if (msg) fwrite(msg->data, 1, msg->len, stdout);
        else fputs("ok", stdout);
        putchar('\n');
        ts_str_release(msg);
        ts_str_release(flags);
        ts_str_release(pattern);
    }
    return 0;
}
