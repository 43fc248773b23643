#!/usr/bin/env bash
# Builds fs/ca.pem, the root CAs the HTTPS client trusts, from the names in
# scripts/ca-roots.txt.  Certificates come from Debian's ca-certificates;
# an entry that is a path adds a private CA's PEM file.  Expired roots are
# left out.  Usage: scripts/build-ca-pem.sh [list] [output]
set -euo pipefail
cd "$(dirname "$0")/.."
list=${1:-scripts/ca-roots.txt}
out=${2:-fs/ca.pem}
store=${CA_STORE:-/usr/share/ca-certificates/mozilla}

command -v openssl >/dev/null || { echo "build-ca-pem: openssl is not installed" >&2; exit 1; }
[ -d "$store" ] || { echo "build-ca-pem: $store not found (apt-get install ca-certificates)" >&2; exit 1; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
n=0 skipped=0
while read -r entry; do
  entry=${entry%%#*}
  entry=$(echo "$entry" | tr -d '[:space:]')
  [ -z "$entry" ] && continue
  if [ -f "$entry" ]; then file=$entry
  elif [ -f "$store/$entry.crt" ]; then file=$store/$entry.crt
  else echo "build-ca-pem: $list: no certificate named '$entry' in $store" >&2; exit 1
  fi
  if ! subject=$(openssl x509 -in "$file" -noout -subject -nameopt oneline 2>/dev/null); then
    echo "build-ca-pem: $file is not a PEM certificate" >&2; exit 1
  fi
  if ! openssl x509 -in "$file" -noout -checkend 0 >/dev/null; then
    echo "build-ca-pem: leaving out $entry: expired $(openssl x509 -in "$file" -noout -enddate | cut -d= -f2)" >&2
    skipped=$((skipped + 1))
    continue
  fi
  { echo "# $entry"
    echo "# ${subject#subject=}"
    openssl x509 -in "$file" -outform PEM; } >>"$tmp"
  n=$((n + 1))
done <"$list"
[ "$n" -gt 0 ] || { echo "build-ca-pem: $list names no usable certificate" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
mv "$tmp" "$out"
trap - EXIT
echo "$out: $n certificates, $(wc -c <"$out") bytes ($skipped expired left out)"
