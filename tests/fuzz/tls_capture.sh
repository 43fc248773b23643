#!/bin/sh
# tls_capture.sh - regenerate the seed corpus of fuzz_tls_client (run once by
# hand; the outputs are committed): a test CA and a localhost server
# certificate (P-256, 10 years), then openssl s_server (TLS 1.2, no
# tickets) is recorded through a relay while openssl s_client handshakes
# with it.  Writes tests/fuzz/tls_ca.pem (the CA the harness trusts: paste
# it into fuzz_tls_client.c) and tests/fuzz/corpus_tls/* (the server's
# first flight, its whole output, and truncations, each with the harness's
# 4-byte header in front).  Keys stay in a temp dir and are not kept.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'kill $SRV 2>/dev/null || true; rm -rf "$T"' EXIT
cd "$T"
O=openssl
$O ecparam -name prime256v1 -genkey -noout -out ca.key
printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n' > ca.ext
$O req -new -key ca.key -subj "/CN=tsfw fuzz test CA" -out ca.csr
$O x509 -req -in ca.csr -signkey ca.key -days 3650 -extfile ca.ext -out ca.pem 2>/dev/null
$O ecparam -name prime256v1 -genkey -noout -out srv.key
printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost\n' > srv.ext
$O req -new -key srv.key -subj "/CN=localhost" -out srv.csr
$O x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 -extfile srv.ext -out srv.pem 2>/dev/null
PORT=$((20000 + $$ % 20000))
$O s_server -quiet -accept $PORT -cert srv.pem -key srv.key -tls1_2 -no_ticket -naccept 1 >/dev/null 2>&1 &
SRV=$!
sleep 1
python3 - "$PORT" "$HERE" <<'PY'
import socket, subprocess, sys, threading, os
port, here = int(sys.argv[1]), sys.argv[2]
ls = socket.socket(); ls.bind(("127.0.0.1", 0)); ls.listen(1)
rport = ls.getsockname()[1]
cli = subprocess.Popen(["openssl", "s_client", "-connect", "127.0.0.1:%d" % rport, "-servername", "localhost",
                        "-CAfile", "ca.pem", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305"],
                       stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
c, _ = ls.accept()
s = socket.create_connection(("127.0.0.1", port))
got = bytearray()
def pump(a, b, rec):
    while True:
        d = a.recv(65536)
        if not d: break
        if rec is not None: rec += d
        b.sendall(d)
    try: b.shutdown(socket.SHUT_WR)
    except OSError: pass
t1 = threading.Thread(target=pump, args=(c, s, None)); t2 = threading.Thread(target=pump, args=(s, c, got))
t1.start(); t2.start()
import time; time.sleep(1.5)
cli.stdin.close(); cli.wait(timeout=5)
t1.join(3); t2.join(3)
# split into records; flight 1 = records before the first ChangeCipherSpec
recs, i = [], 0
while i + 5 <= len(got):
    n = (got[i+3] << 8) | got[i+4]
    recs.append(bytes(got[i:i+5+n])); i += 5 + n
flight1 = b"".join(r for r in recs[:[r[0] for r in recs].index(20)])
assert flight1 and flight1[5] == 2, "no ServerHello"
out = os.path.join(here, "corpus_tls")
def seed(name, hdr, body):
    open(os.path.join(out, name), "wb").write(bytes(hdr) + body)
seed("flight1", [0, 0, 0, 0], flight1)
seed("flight1_3chunks", [2, 40, 128, 200], flight1)
seed("flight1_mfl512", [4, 0, 0, 0], flight1)
seed("all_server_bytes", [1, 128, 0, 0], bytes(got))
seed("serverhello_only", [0, 0, 0, 0], recs[0])
for k in (5, 40, len(recs[0]) + 20, len(flight1) // 2, len(flight1) - 1):
    seed("trunc_%d" % k, [1, 90, 0, 0], flight1[:k])
seed("alert", [0, 0, 0, 0], bytes([21, 3, 3, 0, 2, 2, 40]))
seed("http", [0, 0, 0, 0], b"HTTP/1.1 400 Bad Request\r\n\r\n")
print("server bytes %d, flight1 %d (%d records)" % (len(got), len(flight1), len(recs)))
PY
cp ca.pem "$HERE/tls_ca.pem"
