#!/bin/sh
# link-check.sh: the device API's optional parts (tsfw_api.h) are linked only
# into apps that name them.  Reads the lx106 ELFs sim-check.sh built:
#   01_hello (names neither)  no static serving, no TLS server set-up
#   12_static (names serve)   static serving
#   example_server (serve)    static serving, no TLS server set-up
set -u
B=${EMU_BUILD:?}
nm=xtensa-lx106-elf-nm
check() { # APP SYMBOL want(yes|no) WHAT
    elf=$B/lx106/ts/app/$1.elf
    if [ ! -f "$elf" ]; then
        echo "FAIL link $1: $elf not built"
        return
    fi
    if $nm "$elf" | grep -q " [Tt] $2\$"; then got=yes; else got=no; fi
    if [ "$got" = "$3" ]; then
        echo "PASS link $1: $4 $([ "$3" = yes ] && echo linked || echo left out) ($2)"
    else
        echo "FAIL link $1: $2 linked=$got, expected $3 ($4)"
    fi
}
check 01_hello http_exchange_serve no "static serving"
check 01_hello net_tls_server_new no "TLS server"
check 12_static http_exchange_serve yes "static serving"
check example_server http_exchange_serve yes "static serving"
check example_server net_tls_server_new no "TLS server"
