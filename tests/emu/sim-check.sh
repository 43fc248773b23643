#!/bin/sh
# sim-check.sh: differential runs on the simulation port (port/sim).
#
#  1. C app:   tests/emu/sim_http_server.c with every tests/emu/sim/c/*.sim
#  2. TS apps: tests/emu/apps/*.ts and tests/http/apps/*.ts, compiled by the
#              project's compiler, each with tests/emu/sim/apps/<name>.sim
#              (or tests/emu/sim/apps/default.sim)
#  3. lang:    tests/lang/*.ts whose number is a multiple of EMU_LANG_EVERY (4: a
#              quarter; EMU_LANG_ALL=1 for all of them), no client script; and
#              every one that uses a RegExp (every EMU_LANG_RX_EVERY-th of them,
#              default all; EMU_LANG_RX=0 to leave them to EMU_LANG_EVERY), linked with the regexp part and PCRE2 cross-built
#              for the target, without Unicode when the app can do without it;
#              a program marked "// emu: host only (why)" is left out, with an INFO line
# Each program is built for host, lx106 and rv32 (-Werror) and run on all
# three; stdout, exit status and (for servers) the output records must be
# byte-identical to the host build's.  A program the compiler refuses, or
# whose C does not build on the host, is a failure, as is a missing compiler
# (dist/).  QEMU runs EMU_PAR (2) at a time.
# Prints PASS/FAIL lines, and INFO lines with timings.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=${EMU_BUILD:-$top/build/emu}
MAKE_CMD=${EMU_MAKE:-make --no-print-directory -f $top/mk/emu.mk}
PAR=${EMU_PAR:-2}
out=$B/sim-run
rm -rf "$out"
mkdir -p "$out"
cd "$top" || exit 1
export EMU_TIMEOUT=${EMU_TIMEOUT:-60}

# ---------------------------------------------------------------- emit
lang=
for f in tests/lang/*.ts; do
    [ -f "$f" ] || continue
    n=$(basename "$f" | sed 's/_.*//; s/^0*//')
    # a program sized for a host's memory says so on a line "// emu: host only (why)"
    if grep -q '^// emu: host only' "$f"; then
        echo "INFO $f: $(grep -m1 '^// emu: host only' "$f" | sed 's|^// emu: ||')"
        continue
    fi
    if [ "${EMU_LANG_ALL:-0}" = 1 ] || [ $(( ${n:-0} % ${EMU_LANG_EVERY:-4} )) = 0 ]; then
        lang="$lang $f"
    elif [ "${EMU_LANG_RX:-1}" = 1 ] && [ $(( ${n:-0} % ${EMU_LANG_RX_EVERY:-1} )) = 0 ] && grep -qE 'RegExp|\.(match|matchAll|search|test|exec)\(|\.(replace|replaceAll|split)\(/' "$f"; then
        # may use a RegExp: the compiler says whether it does (gen/lang/<name>.rx)
        lang="$lang $f"
    fi
done
apps=$(ls tests/emu/apps/*.ts tests/http/apps/*.ts 2>/dev/null)
if [ ! -f dist/compiler/compile.js ]; then
    echo "FAIL no dist/compiler (make build): the compiled TypeScript programs cannot be checked"
    lang= apps=
fi
t0=$(date +%s)
[ -n "$lang" ] && node "$here/emit-ts.js" "$B/gen/lang" $lang > "$out/emit-lang.log" 2>&1
[ -n "$apps" ] && node "$here/emit-ts.js" "$B/gen/app" $apps > "$out/emit-app.log" 2>&1
echo "INFO emitted TypeScript in $(( $(date +%s) - t0 ))s: lang $(cat "$out/emit-lang.log" 2>/dev/null), apps $(cat "$out/emit-app.log" 2>/dev/null)"
# not_emitted GROUP FILE: true (and a FAIL line) when FILE has no C in $B/gen/GROUP
not_emitted() {
    b=$(basename "$2" .ts)
    [ -f "$B/gen/$1/$b.c" ] && return 1
    if [ -f "$B/gen/$1/$b.fail" ]; then
        echo "FAIL compiler refused $2: $(head -1 "$B/gen/$1/$b.fail")"
    else
        echo "FAIL emit $2: no C written (log: $out/emit-$1.log)"
    fi
}

# programs: NAME (build/emu/<t>/NAME) and the list of scripts
progs=   # entries: name|script,script
progs="sim_http_server|$(ls tests/emu/sim/c/*.sim | tr '\n' ',')"
for f in $apps; do
    b=$(basename "$f" .ts)
    not_emitted app "$f" && continue
    s=tests/emu/sim/apps/$b.sim
    [ -f "$s" ] || s=tests/emu/sim/apps/default.sim
    progs="$progs ts/app/$b|$s"
done
for f in $lang; do
    b=$(basename "$f" .ts)
    not_emitted lang "$f" && continue
    if [ -f "$B/gen/lang/$b.rx" ]; then
        # mk/regexp.mk links gen/rx/* with PCRE2, gen/rxnu/* with PCRE2 without Unicode
        g=rx
        [ "$(cat "$B/gen/lang/$b.rx")" = nounicode ] && g=rxnu
        mkdir -p "$B/gen/$g/lang"
        cmp -s "$B/gen/lang/$b.c" "$B/gen/$g/lang/$b.c" || cp -p "$B/gen/lang/$b.c" "$B/gen/$g/lang/$b.c"
        progs="$progs ts/$g/lang/$b|-"
        continue
    fi
    progs="$progs ts/lang/$b|-"
done
# programs with a RegExp need mk/regexp.mk's rules, which the top Makefile includes
MAKE_RX="make --no-print-directory -f $top/Makefile EMU_BUILD=$B"

# ---------------------------------------------------------------- build
# host first: generated C that does not build on the host is not compared,
# so its cross builds are not even tried
t0=$(date +%s)
goals= rx=
for p in $progs; do
    case $p in ts/rx*) rx="$rx $B/host/${p%%|*}" ;; *) goals="$goals $B/host/${p%%|*}" ;; esac
done
$MAKE_CMD -k -j"$PAR" $goals > "$out/build.log" 2>&1
[ -n "$rx" ] && $MAKE_RX -k -j"$PAR" $rx >> "$out/build.log" 2>&1
goals= rx=
for p in $progs; do
    n=${p%%|*}
    [ -f "$B/host/$n" ] || continue
    case $n in ts/rx*) rx="$rx $B/lx106/$n.elf $B/rv32/$n.elf" ;; *) goals="$goals $B/lx106/$n.elf $B/rv32/$n.elf" ;; esac
done
[ -n "$goals" ] && $MAKE_CMD -k -j"$PAR" $goals >> "$out/build.log" 2>&1
[ -n "$rx" ] && $MAKE_RX -k -j"$PAR" $rx >> "$out/build.log" 2>&1
echo "INFO built $(echo $progs | wc -w) programs (host, then lx106 and rv32) in $(( $(date +%s) - t0 ))s"
runs=
for p in $progs; do
    n=${p%%|*}
    missing=
    for e in "$B/host/$n" "$B/lx106/$n.elf" "$B/rv32/$n.elf"; do [ -f "$e" ] || missing="$missing ${e#$B/}"; done
    if [ -n "$missing" ]; then
        case "$n:$missing" in
        ts/*" host/"*)
            # the emitted C does not build on the host either: a compiler bug
            echo "FAIL build $n: its generated C does not compile on the host: $(grep -F "$(basename "$n").ts:" "$out/build.log" | grep error | head -1 | sed 's/.*error: //')"
            ;;
        *)
            echo "FAIL build $n:$missing (log: $out/build.log)"
            grep -E "error|undefined reference" "$out/build.log" | grep -F "$(basename "$n")" | grep -v '^[a-z0-9_-]*gcc \|^cc ' | head -3 | sed 's/^/     /'
            ;;
        esac
        continue
    fi
    runs="$runs $p"
done

# ------------------------------------------------------------------ run
# one line per run: TARGET EXE SCRIPT DIR
jobs=$out/jobs
: > "$jobs"
for p in $runs; do
    n=${p%%|*}
    scripts=$(echo "${p#*|}" | tr ',' ' ')
    for s in $scripts; do
        tag=$(echo "$n" | tr '/' '_')@$(basename "$s" .sim)
        d=$out/$tag
        mkdir -p "$d"
        echo "host $B/host/$n $s $d" >> "$jobs"
        echo "lx106 $B/lx106/$n.elf $s $d" >> "$jobs"
        echo "rv32 $B/rv32/$n.elf $s $d" >> "$jobs"
    done
done
t0=$(date +%s)
xargs -P "$PAR" -L 1 sh "$here/sim-run-one.sh" < "$jobs"
echo "INFO $(wc -l < "$jobs") runs ($PAR at a time) in $(( $(date +%s) - t0 ))s"

# -------------------------------------------------------------- compare
for p in $runs; do
    n=${p%%|*}
    scripts=$(echo "${p#*|}" | tr ',' ' ')
    for s in $scripts; do
        tag=$(echo "$n" | tr '/' '_')@$(basename "$s" .sim)
        d=$out/$tag
        bad=
        for t in lx106 rv32; do
            cmp -s "$d/host.status" "$d/$t.status" || bad="$bad $t:status($(cat "$d/$t.status")!=$(cat "$d/host.status"))"
            cmp -s "$d/host.stdout" "$d/$t.stdout" || bad="$bad $t:stdout"
            case $n in ts/lang/* | ts/rx*/lang/*) ;; *) cmp -s "$d/host.out" "$d/$t.out" || bad="$bad $t:records" ;; esac
        done
        what="$n with $(basename "$s")"
        [ "$s" = - ] && what="$n"
        if [ -z "$bad" ]; then
            echo "PASS sim $what: host = lx106 = rv32 (stdout $(wc -c < "$d/host.stdout") B, records $(wc -c < "$d/host.out" 2>/dev/null || echo 0) B, exit $(cat "$d/host.status"))"
        else
            echo "FAIL sim $what:$bad (files: $d)"
            for t in lx106 rv32; do
                case $bad in *$t:*) diff "$d/host.stdout" "$d/$t.stdout" | head -6 | sed "s/^/     $t stdout: /";
                    diff -a "$d/host.out" "$d/$t.out" 2>/dev/null | head -6 | sed "s/^/     $t records: /";
                    head -3 "$d/$t.stderr" | sed "s/^/     $t stderr: /" ;; esac
            done
        fi
    done
done
