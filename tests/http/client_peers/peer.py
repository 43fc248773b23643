#!/usr/bin/env python3
"""A misbehaving HTTP/1.1 server for the client tests (tests/runners/client.test.ts).

    python3 peer.py PORT [HOST]

Writes exact bytes, so that responses are the same for every client:
  /fixed            200 with a fixed body and fixed headers
  /echo             the request head and body as received (raw), as text
  /chunked          a chunked body in several writes
  /big?n=N          N bytes of a repeating ASCII pattern (Content-Length)
  /bigchunked?n=N   the same, chunked in 64 KiB pieces
  /utf8             UTF-8 text written a byte at a time around multi-byte characters
  /invalid-utf8     bytes that are not valid UTF-8
  /binary           a PNG signature and every byte value 4 times (1032 bytes), in pieces
  /headers          repeated headers, Set-Cookie twice, mixed-case names
  /redirect         302 with a Location (the client must not follow it)
  /204, /404        no body / not found
  /never            reads the request, never answers (closes after 10 s)
  /stall            sends the head and half the body, then nothing (10 s)
  /early-cl         Content-Length 100, 10 bytes, close
  /early-chunked    one chunk, then close
  /early-headers    part of the head, then close
  /early-nothing    close without a byte
  /slow?ms=N        answers after N ms
Loopback only; every connection is closed after one exchange.
"""
import socket
import socketserver
import sys
import threading
import time


def pattern(n):
    base = b"0123456789abcdefghijklmnopqrstuvwxyz\n"
    reps = n // len(base) + 1
    return (base * reps)[:n]


class Handler(socketserver.BaseRequestHandler):
    def read_request(self):
        s = self.request
        s.settimeout(10)
        buf = b""
        while b"\r\n\r\n" not in buf:
            d = s.recv(65536)
            if not d:
                return None, None, None
            buf += d
        head, rest = buf.split(b"\r\n\r\n", 1)
        length = 0
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v.strip())
        while len(rest) < length:
            d = s.recv(65536)
            if not d:
                break
            rest += d
        target = head.split(b" ")[1].decode("latin1")
        return head, rest, target

    def send(self, data):
        try:
            self.request.sendall(data)
        except OSError:
            pass

    def respond(self, status, headers, body):
        h = "HTTP/1.1 %s\r\n" % status
        for k, v in headers:
            h += "%s: %s\r\n" % (k, v)
        self.send(h.encode("latin1") + b"\r\n" + body)

    def handle(self):
        try:
            head, body, target = self.read_request()
        except (OSError, ValueError):
            return
        if head is None:
            return
        path, _, query = target.partition("?")
        q = dict(p.partition("=")[::2] for p in query.split("&") if p)
        close = [("Connection", "close")]
        if path == "/fixed":
            b = b"fixed body\n"
            self.respond("200 OK", [("Content-Type", "text/plain"), ("Content-Length", len(b)), ("X-Peer", "peer.py")] + close, b)
        elif path == "/echo":
            b = head + b"\r\n\r\n" + body
            self.respond("200 OK", [("Content-Type", "text/plain"), ("Content-Length", len(b))] + close, b)
        elif path == "/chunked":
            self.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            for part in [b"first part, ", b"second part, ", b"x" * 3000, b", last\n"]:
                self.send(b"%x\r\n%s\r\n" % (len(part), part))
                time.sleep(0.01)
            self.send(b"0\r\n\r\n")
        elif path == "/big":
            n = int(q.get("n", "1000"))
            self.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % n)
            data = pattern(n)
            for i in range(0, n, 1 << 20):
                self.send(data[i:i + (1 << 20)])
        elif path == "/bigchunked":
            n = int(q.get("n", "1000"))
            self.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            data = pattern(n)
            for i in range(0, n, 65536):
                part = data[i:i + 65536]
                self.send(b"%x\r\n%s\r\n" % (len(part), part))
            self.send(b"0\r\n\r\n")
        elif path == "/utf8":
            text = "h\u00e9llo \u20ac uro \U0001F600 smile \u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9 \u4e2d\u6587\n".encode("utf-8")
            self.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(text))
            s = self.request
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for i in range(len(text)):
                self.send(text[i:i + 1])
                if text[i] >= 0x80:
                    time.sleep(0.02)     # split inside the multi-byte characters
        elif path == "/invalid-utf8":
            b = b"ok \xff bad \xe2\x82 cut \xc3\x28 end \xf0\x9f\x98\n"
            self.respond("200 OK", [("Content-Length", len(b))] + close, b)
        elif path == "/binary":
            b = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
            self.send(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(b))
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for i in range(0, len(b), 301):  # pieces that split the pattern unevenly
                self.send(b[i:i + 301])
                time.sleep(0.01)
        elif path == "/headers":
            b = b"headers\n"
            self.respond("200 OK", [("Content-Type", "text/plain"), ("X-Multi", "one"), ("x-multi", "two"),
                                    ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-MiXeD-CaSe", "Value Kept"),
                                    ("X-Latin1", "caf\u00e9"), ("Content-Length", len(b))] + close, b)
        elif path == "/redirect":
            b = b"moved\n"
            self.respond("302 Found", [("Location", "/fixed"), ("Content-Length", len(b))] + close, b)
        elif path == "/204":
            self.respond("204 No Content", close, b"")
        elif path == "/404":
            b = b"no such thing\n"
            self.respond("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", len(b))] + close, b)
        elif path == "/never":
            time.sleep(10)
        elif path == "/stall":
            self.send(b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\nConnection: close\r\n\r\n0123456789")
            time.sleep(10)
        elif path == "/early-cl":
            self.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n0123456789")
        elif path == "/early-chunked":
            self.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n")
        elif path == "/early-headers":
            self.send(b"HTTP/1.1 200 OK\r\nContent-Le")
        elif path == "/early-nothing":
            pass
        elif path == "/trickle":
            # one body byte every 200 ms: never idle, never done in time
            self.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n")
            for _ in range(100):
                time.sleep(0.2)
                self.send(b"x")
        elif path == "/cookies":
            b = b"cookies\n"
            cookies = [("Set-Cookie", "c%d=%s; Path=/; HttpOnly" % (i, "v" * 40)) for i in range(100)]
            self.respond("200 OK", cookies + [("Content-Length", len(b))] + close, b)
        elif path == "/slow":
            time.sleep(int(q.get("ms", "100")) / 1000)
            b = b"slow\n"
            self.respond("200 OK", [("Content-Length", len(b))] + close, b)
        else:
            b = b"unknown peer path\n"
            self.respond("404 Not Found", [("Content-Length", len(b))] + close, b)
        try:
            self.request.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class Server6(Server):
    address_family = socket.AF_INET6


def main():
    port = int(sys.argv[1])
    host = sys.argv[2] if len(sys.argv) > 2 else "127.0.0.1"
    srv = (Server6 if ":" in host else Server)((host, port), Handler)
    print("peer listening on %s:%d" % (host, port), flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
