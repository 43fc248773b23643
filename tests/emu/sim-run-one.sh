#!/bin/sh
# sim-run-one.sh TARGET EXE SCRIPT DIR: one simulated run; writes
# DIR/TARGET.{stdout,stderr,status,out}.  SCRIPT "-" means no clients.
# Runs from the repository root so relative paths (fs/www) resolve.
t=$1 exe=$2 script=$3 d=$4
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.." || exit 1
case $t in
host) timeout "${EMU_TIMEOUT:-60}" "$exe" "$script" "$d/$t.out" > "$d/$t.stdout" 2> "$d/$t.stderr" ;;
*) sh "$here/qemu-run.sh" "$t" "$exe" "$script" "$d/$t.out" > "$d/$t.stdout" 2> "$d/$t.stderr" ;;
esac
echo $? > "$d/$t.status"
