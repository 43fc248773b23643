#!/bin/sh
# size-report.sh BUILD_DIR: `make size` - code size of the runtime and the
# example app on lx106 and rv32 (-Os), and the app's peak heap for one
# request (counting allocator of port/sim, tests/emu/sim/one-request.sim).
#   1. the runtime libraries as archives (before --gc-sections)
#   2. the linked example app, from the linker map: what each part keeps
#      after --gc-sections; "text" is .text + .literal + .rodata
#   3. the same app and runtime linked as one program with -flto ($B/lto)
#   4. peak heap under the sim port on host, lx106 and rv32 (and the LTO builds)
set -u
B=$1
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
app=${SIZE_APP:-ts/app/example_server}

arch_size() { # SIZE-TOOL ARCHIVE -> "text data bss"
    [ -f "$2" ] || { echo "0 0 0"; return; }
    $1 -t "$2" | awk 'END {print $1, $2, $3}'
}
echo "Runtime libraries at -Os (all objects, before --gc-sections):"
printf '  %-28s %26s   %26s\n' "" "lx106" "rv32imc"
printf '  %-28s %8s %8s %8s   %8s %8s %8s\n' library text data bss text data bss
for lib in rt_core rt_net rt_sim; do
    set -- $(arch_size xtensa-lx106-elf-size "$B/lx106/lib$lib.a") $(arch_size riscv64-unknown-elf-size "$B/rv32/lib$lib.a")
    case $lib in rt_core) d="core (values, GC, print)";; rt_net) d="net + api + llhttp";; rt_sim) d="port/sim (emulation only)";; esac
    printf '  %-28s %8d %8d %8d   %8d %8d %8d\n' "$d" "$@"
done

# map -> per-part text/data/bss of what the link kept
map_parts() { # MAP
    awk '
    function part(f) {
        if (f ~ /lib(c|m|gcc|emugcc|semihost)\.a|crt0|libgcc-rom/) return "libc+libgcc";
        if (f ~ /\/obj\/sys\//) return "emu start-up";
        if (f ~ /librt_sim\.a|simmain/) return "port/sim";
        if (f ~ /llhttp/) return "llhttp";
        if (f ~ /librt_net\.a\(api\.o\)/) return "api";
        if (f ~ /librt_net\.a/) return "net";
        if (f ~ /librt_core\.a/) return "core";
        if (f ~ /\/obj\/ts\//) return "app (generated C)";
        return "other";
    }
    function kind(s) {
        if (s ~ /^\.(text|literal|rodata|srodata|init|fini)/) return "text";
        if (s ~ /^\.(data|sdata)/) return "data";
        if (s ~ /^\.(bss|sbss)/ || s == "COMMON") return "bss";
        return "";
    }
    /^Linker script and memory map/ { on = 1; next }
    !on { next }
    /^ [.A-Z][^ ]*$/ { pend = substr($1, 1); next }
    /^ [.A-Z][^ ]* +0x[0-9a-f]+ +0x[0-9a-f]+ / { sec = $1; sz = $3; f = $4; pend = ""; add(sec, sz, f); next }
    /^ +0x[0-9a-f]+ +0x[0-9a-f]+ / { if (pend != "") add(pend, $2, $3); pend = ""; next }
    { pend = "" }
    function add(sec, sz, f,   k, p) {
        k = kind(sec); if (k == "") return;
        p = part(f); v = strtonum(sz); if (v == 0) return;
        tot[p, k] += v; parts[p] = 1
    }
    END {
        n = split("app (generated C)|api|net|llhttp|core|port/sim|emu start-up|libc+libgcc|other", order, "|");
        for (i = 1; i <= n; i++) { p = order[i]; if (p in parts) printf "%s|%d|%d|%d\n", p, tot[p, "text"], tot[p, "data"], tot[p, "bss"] }
    }' "$1"
}

lxmap=$B/lx106/$app.elf.map
rvmap=$B/rv32/$app.elf.map
if [ ! -f "$lxmap" ] || [ ! -f "$rvmap" ]; then
    echo "size: $app is not built for both targets (make emu-sim or test-emu first)" >&2
    exit 1
fi
echo
echo "Linked example app ($app.ts), kept after --gc-sections (from the linker maps):"
printf '  %-28s %26s   %26s\n' "" "lx106" "rv32imc"
printf '  %-28s %8s %8s %8s   %8s %8s %8s\n' part text data bss text data bss
map_parts "$lxmap" > "$B/size-lx106.parts"
map_parts "$rvmap" > "$B/size-rv32.parts"
awk -F'|' 'NR == FNR { lx[$1] = $2 " " $3 " " $4; order[++n] = $1; next } { rv[$1] = $2 " " $3 " " $4; if (!($1 in lx)) order[++n] = $1 }
    END {
        for (i = 1; i <= n; i++) {
            p = order[i]; split(lx[p] ? lx[p] : "0 0 0", a, " "); split(rv[p] ? rv[p] : "0 0 0", b, " ");
            printf "  %-28s %8d %8d %8d   %8d %8d %8d\n", p, a[1], a[2], a[3], b[1], b[2], b[3]
            if (p ~ /^(app|api|net|llhttp|core)/) { for (j = 1; j <= 3; j++) { sa[j] += a[j]; sb[j] += b[j] } }
        }
        printf "  %-28s %8d %8d %8d   %8d %8d %8d\n", "= app + runtime", sa[1], sa[2], sa[3], sb[1], sb[2], sb[3]
        printf "\napp + runtime text on lx106 (no TLS, no libc, no port): %d bytes = %.1f KB; target < 48 KB: %s\n",
            sa[1], sa[1] / 1024.0, sa[1] < 48 * 1024 ? "met" : "NOT met"
    }' "$B/size-lx106.parts" "$B/size-rv32.parts"

# what a server pays without static files (res.serve is linked only into
# apps that name it; tsfw_api.h)
part_total() { # MAP -> text of app + runtime
    map_parts "$1" | awk -F'|' '$1 ~ /^(app|api|net|llhttp|core)/ { t += $2 } END { print t + 0 }'
}
min=ts/app/01_hello
if [ -f "$B/lx106/$min.elf.map" ] && [ -f "$B/rv32/$min.elf.map" ]; then
    printf 'A server without static files (tests/http/apps/01_hello.ts): app + runtime text lx106 %d bytes, rv32imc %d bytes\n' \
        "$(part_total "$B/lx106/$min.elf.map")" "$(part_total "$B/rv32/$min.elf.map")"
fi

# The same sources as one LTO program ($B/lto, make size builds it): the
# map names LTO's partition, not the source file, so app + runtime is what
# is left after the parts that stay outside LTO (libc+libgcc, start-up,
# port/sim; EMU_NOLTO in mk/emu.mk).
lto_total() { # MAP -> text of app + runtime
    map_parts "$1" | awk -F'|' '$1 != "libc+libgcc" && $1 != "emu start-up" && $1 != "port/sim" { t += $2 } END { print t + 0 }'
}
if [ -f "$B/lto/lx106/$app.elf.map" ] && [ -f "$B/lto/rv32/$app.elf.map" ]; then
    lx=$(lto_total "$B/lto/lx106/$app.elf.map"); rv=$(lto_total "$B/lto/rv32/$app.elf.map")
    echo
    printf 'Whole-program build (-flto, same sources and flags): app + runtime text lx106 %d bytes = %.1f KB, rv32imc %d bytes; target < 48 KB: %s\n' \
        "$lx" "$(echo "$lx" | awk '{print $1 / 1024}')" "$rv" "$([ "$lx" -lt 49152 ] && echo met || echo NOT met)"
fi

echo
echo "Peak heap of the example app serving one request (port/sim counting allocator, requested bytes):"
d=$B/size-heap
mkdir -p "$d"
cd "$top" || exit 1
for t in host lx106 rv32; do
    case $t in host) exe=$B/host/$app; run="$exe";; *) exe=$B/$t/$app.elf; run="sh $here/qemu-run.sh $t $exe";; esac
    $run tests/emu/sim/one-request.sim "$d/$t.out" > "$d/$t.stdout" 2> "$d/$t.stderr"
    printf '  %-6s %s\n' $t "$(grep sim-heap "$d/$t.stderr" | sed 's/^sim-heap: //')"
done
# the LTO builds run the same script: their responses and stdout must be
# the ones of the tested (non-LTO) builds
for t in lx106 rv32; do
    exe=$B/lto/$t/$app.elf
    [ -f "$exe" ] || continue
    sh "$here/qemu-run.sh" $t "$exe" tests/emu/sim/one-request.sim "$d/lto-$t.out" > "$d/lto-$t.stdout" 2> "$d/lto-$t.stderr"
    same=identical; cmp -s "$d/lto-$t.out" "$d/$t.out" && cmp -s "$d/lto-$t.stdout" "$d/$t.stdout" || same="DIFFERENT"
    printf '  %-6s %s (LTO build; output %s)\n' $t "$(grep sim-heap "$d/lto-$t.stderr" | sed 's/^sim-heap: //; s/;.*//')" "$same"
done
peak=$(grep sim-heap "$d/lx106.stderr" | sed 's/.*peak \([0-9]*\) bytes.*/\1/')
[ -n "$peak" ] && echo "peak heap on lx106: $peak bytes; target < 8192: $([ "$peak" -lt 8192 ] && echo met || echo NOT met)"

# Allocations per request: the same app serves 1 and then 11 requests, on
# new connections and on one keep-alive connection, for "/" (a string reply)
# and "/status" (a JSON reply); the difference over the 10 extra requests is
# the malloc calls (after the runtime's pools) and the bytes one request costs.
echo
echo "Allocations per request on lx106 (malloc calls after the pools, and bytes requested):"
sim_requests() { # N PATH KEEPALIVE -> script on stdout
    i=1
    if [ "$3" = 1 ]; then echo "open 1"; fi
    while [ "$i" -le "$1" ]; do
        if [ "$3" = 1 ]; then
            printf 'send 1 "GET %s HTTP/1.1\\r\\nHost: device.local\\r\\n\\r\\n"\nwait 10\n' "$2"
        else
            c=$(( (i - 1) % 60 + 1 ))
            printf 'open %d\nsend %d "GET %s HTTP/1.1\\r\\nHost: device.local\\r\\nConnection: close\\r\\n\\r\\n"\nwait 10\n' "$c" "$c" "$2"
        fi
        i=$((i + 1))
    done
    if [ "$3" = 1 ]; then echo "shut 1"; echo "wait 10"; fi
}
heap_field() { # STDERR-FILE FIELD(allocs|bytes) -> number
    case $2 in
    allocs) sed -n 's/.* \([0-9]*\) allocations.*/\1/p' "$1" ;;
    bytes) sed -n 's/.*allocations; \([0-9]*\) bytes allocated.*/\1/p' "$1" ;;
    esac
}
printf '  %-10s %-10s %14s %14s\n' path connection "allocs/request" "bytes/request"
for p in / /status; do
    for ka in 0 1; do
        for n in 1 11; do
            sim_requests $n "$p" $ka > "$d/req-$n.sim"
            sh "$here/qemu-run.sh" lx106 "$B/lx106/$app.elf" "$d/req-$n.sim" "$d/req-$n.out" > /dev/null 2> "$d/req-$n.stderr"
        done
        a1=$(heap_field "$d/req-1.stderr" allocs); a11=$(heap_field "$d/req-11.stderr" allocs)
        b1=$(heap_field "$d/req-1.stderr" bytes); b11=$(heap_field "$d/req-11.stderr" bytes)
        served=$(grep -c '^T=[0-9]* c[0-9]* send' "$d/req-11.out")
        [ "$served" -ge 11 ] || { echo "  $p: only $served of 11 requests answered (see $d/req-11.out)"; continue; }
        printf '  %-10s %-10s %14s %14s\n' "$p" "$([ $ka = 1 ] && echo keep-alive || echo new)" \
            "$(awk -v a="$a1" -v b="$a11" 'BEGIN { printf "%.1f", (b - a) / 10 }')" \
            "$(awk -v a="$b1" -v b="$b11" 'BEGIN { printf "%.0f", (b - a) / 10 }')"
    done
done
