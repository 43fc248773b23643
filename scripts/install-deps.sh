#!/usr/bin/env bash
# Installs what the build and the tests need: Debian packages (as root) and npm packages.
#   install-deps.sh         everything the tests need (make deps, make test)
#   install-deps.sh --run   only what make run needs: gcc, the runtime's C libraries, npm packages
# Not root and a package missing: prints the one command to run, and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# make run: the C compiler and the host runtime's headers and libraries (components/runtime/manifest.json)
run_packages=(gcc make libc6-dev node-llhttp libmbedtls-dev libc-ares-dev)
# the tests: also every optional part of the runtime (libpcre2-dev: RegExp)
test_packages=(
  cmake gdb valgrind python3 curl openssl ca-certificates time libcmocka-dev libpcre2-dev
  clang-14 libclang-rt-14-dev clang-format-14 wrk nginx-light slowhttptest testssl.sh python3-kconfiglib
  gcc-xtensa-lx106 picolibc-xtensa-lx106-elf gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
  qemu-system-misc gcc-12-source unicode-data
)
packages=("${run_packages[@]}")
[ "${1:-}" = --run ] || packages+=("${test_packages[@]}")

# one dpkg-query for all: the installed ones print "install ok installed NAME"
installed=$(dpkg-query -W -f='${Status} ${Package}\n' "${packages[@]}" 2>/dev/null | sed -n 's/^install ok installed //p' || true)
missing=()
for p in "${packages[@]}"; do
  grep -qx "$p" <<<"$installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: Debian packages are missing; run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules/typescript ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
