#!/usr/bin/env bash
# Installs what the build and the tests need: Debian packages (as root) and npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  gcc make cmake gdb valgrind python3 curl openssl ca-certificates time
  node-llhttp libmbedtls-dev libc-ares-dev libcmocka-dev libpcre2-dev
  clang-14 libclang-rt-14-dev clang-format-14 wrk
  gcc-xtensa-lx106 picolibc-xtensa-lx106-elf gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
  qemu-system-misc gcc-12-source
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing Debian packages: ${missing[*]}; run as root or install them" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules/typescript ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
