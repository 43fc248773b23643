#!/usr/bin/env python3
"""dnsd.py - a tiny loopback DNS responder for the resolver tests (stdlib only).

    python3 dnsd.py [--port N] [--delay SECONDS] [--lifetime SECONDS]

Listens on UDP 127.0.0.1:N (0 = any free port), prints "port N" on stdout,
and answers:
    *.ok.test, ok.test     A 127.0.0.1 (AAAA: no data)
    v6.test                AAAA ::1 (A: no data)
    slow.test              A 127.0.0.1, after --delay seconds (default 1.0),
                           without blocking other queries
    anything else          NXDOMAIN
Exits when stdin reaches EOF (the test closed its pipe or died) or after
--lifetime seconds (default 60), whichever comes first.
"""
import argparse
import socket
import struct
import sys
import threading
import time

A, AAAA = 1, 28


def parse_question(msg):
    pos = 12
    labels = []
    while True:
        n = msg[pos]
        pos += 1
        if n == 0:
            break
        if n & 0xC0:
            raise ValueError("compressed name in question")
        labels.append(msg[pos:pos + n].decode("ascii", "replace").lower())
        pos += n
    qtype, qclass = struct.unpack("!HH", msg[pos:pos + 4])
    return ".".join(labels), qtype, qclass, pos + 4


def answer(msg, rcode, rrs):
    qid, flags = struct.unpack("!HH", msg[:4])
    _, _, _, qend = parse_question(msg)
    rd = flags & 0x0100
    hdr = struct.pack("!HHHHHH", qid, 0x8000 | 0x0400 | rd | 0x0080 | rcode, 1, len(rrs), 0, 0)
    body = msg[12:qend]
    for rtype, rdata in rrs:
        body += struct.pack("!HHHIH", 0xC00C, rtype, 1, 60, len(rdata)) + rdata
    return hdr + body


def respond(sock, msg, peer, delay):
    try:
        name, qtype, _, _ = parse_question(msg)
    except (ValueError, IndexError, struct.error):
        return
    rrs, rcode = [], 0
    if name == "ok.test" or name.endswith(".ok.test") or name == "slow.test":
        if qtype == A:
            rrs = [(A, socket.inet_pton(socket.AF_INET, "127.0.0.1"))]
    elif name == "v6.test":
        if qtype == AAAA:
            rrs = [(AAAA, socket.inet_pton(socket.AF_INET6, "::1"))]
    else:
        rcode = 3  # NXDOMAIN
    if name == "slow.test":
        time.sleep(delay)
    sock.sendto(answer(msg, rcode, rrs), peer)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--delay", type=float, default=1.0)
    ap.add_argument("--lifetime", type=float, default=60.0)
    a = ap.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", a.port))
    print("port %d" % sock.getsockname()[1], flush=True)

    def watch_stdin():
        try:
            sys.stdin.read()
        except Exception:
            pass
        sock.close()

    threading.Thread(target=watch_stdin, daemon=True).start()
    end = time.time() + a.lifetime
    sock.settimeout(0.2)
    while time.time() < end:
        try:
            msg, peer = sock.recvfrom(4096)
        except socket.timeout:
            continue
        except OSError:
            break  # closed by watch_stdin
        threading.Thread(target=respond, args=(sock, msg, peer, a.delay), daemon=True).start()


if __name__ == "__main__":
    main()
