#!/usr/bin/env python3
"""A deliberately awkward HTTP server for the C client's socket tests.

    client_peer.py [--tls CERT KEY]   listens on 127.0.0.1:0, prints "port N"

Routes (the request head is read first):
    /chunked    chunked response in three chunks, a trailer at the end
    /early      Content-Length: 100000, sends 1000 bytes, then closes
    /silent     never answers (keeps the connection open until the client goes)
    /continue   100 Continue, then 200 with a body
    /dup        duplicate and oddly cased headers
    /headonly   closes in the middle of the headers
Anything else: 404.  Exits after 120 s (the test script kills it sooner).
"""
import socket
import ssl
import sys
import threading
import time


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        b = conn.recv(4096)
        if not b:
            return None
        data += b
    return data


def handle(conn):
    try:
        conn.settimeout(30)
        head = read_head(conn)
        if head is None:
            return
        path = head.split(b" ", 2)[1].decode("latin-1")
        if path == "/chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n")
            for part in (b"hello ", b"chunked ", b"world\n"):
                conn.sendall(b"%x\r\n%s\r\n" % (len(part), part))
                time.sleep(0.05)
            conn.sendall(b"0\r\nX-Sum: 20\r\n\r\n")
        elif path == "/early":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"e" * 1000)
            time.sleep(0.1)
        elif path == "/silent":
            while conn.recv(4096):
                pass
        elif path == "/continue":
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            time.sleep(0.05)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\ncontinued")
        elif path == "/dup":
            conn.sendall(b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nX-CaSe: v\r\n"
                         b"Content-Length: 2\r\n\r\nok")
        elif path == "/headonly":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Ty")
            time.sleep(0.1)
        else:
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 10\r\n\r\nnot found\n")
        time.sleep(0.05)
    except OSError:
        pass
    finally:
        conn.close()


def tls_handle(ctx, conn):
    try:
        conn.settimeout(10)
        conn = ctx.wrap_socket(conn, server_side=True)
    except (OSError, ssl.SSLError):
        conn.close()
        return
    handle(conn)


def main():
    ctx = None
    if len(sys.argv) == 4 and sys.argv[1] == "--tls":
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(16)
    print("port %d" % ls.getsockname()[1], flush=True)
    deadline = time.time() + 120
    ls.settimeout(1)
    while time.time() < deadline:
        try:
            conn, _ = ls.accept()
        except socket.timeout:
            continue
        except OSError:
            break
        if ctx:
            threading.Thread(target=tls_handle, args=(ctx, conn), daemon=True).start()
        else:
            threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
