#!/usr/bin/env python3
"""check_stack.py - worst-case stack depth of the runtime's request paths on
lx106 (the ESP8266's core), from gcc's call graph with stack usage.

The "sim" build of components/runtime/manifest.json is compiled for lx106 at
the emulator's flags with -fcallgraph-info=su (gcc writes one .ci file per
source: every function's frame and its calls).  The TLS handshake also needs
mbedTLS 2.28.3 cross-built for lx106 with the ESP8266's record sizes
(tests/tls/mbedtls-src.sh with MBEDTLS_TARGET=lx106 MBEDTLS_CALLGRAPH=1),
compiled with tls_mbed.c and ca_bundle.c.  The C library's frames and calls
come from the disassembly of picolibc (load_archives).

Calls through function pointers are not in gcc's graph: INDIRECT below names
where each one goes.  An indirect call of the runtime's that the table does
not resolve fails the check, so a new callback cannot hide a deep path.  The
app's own code is the pseudo-function APP (no frame: the budget excludes
it); each path says which device-API calls the app makes from there.
Recursion is counted once (docs/stack.md lists where it happens).

Every path has two figures: the request as it goes when nothing fails, and
the worst case with error reporting (log lines, 'error' events, the report
of an exception the app did not catch).

Usage: check_stack.py [--tls] [--verbose] [--root DIR] [--budget-* N]
Exit status 1 when a path is over its budget or the graph is incomplete.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RT = os.path.join(ROOT, "components", "runtime")  # --root: another checkout's runtime
BUILD = os.path.join(ROOT, "build", "stack", "lx106")
MBED_VER, MBED_IN, MBED_OUT = "2.28.3", "4096", "2048"
MBED_PREFIX = os.path.join(ROOT, "build", "mbedtls", "%s-in%s-out%s-lx106-cg" % (MBED_VER, MBED_IN, MBED_OUT))
CC = "xtensa-lx106-elf-gcc"
# mk/emu.mk's EMU_CFLAGS_LX106
TARGET_FLAGS = ["--specs=/usr/lib/xtensa-lx106-elf/picolibc.specs", "-mlongcalls", "-mno-target-align", "-Os",
                "-ffunction-sections", "-fdata-sections"]

# The C library and gcc's helpers have no .ci: their frames and calls come
# from the disassembly of picolibc's libc.a and libm.a (built without
# -mlongcalls, so every call is a call0 with a relocation naming its
# target; the prologue's "addi a1, a1, -N" or "movi aX, N; sub a1, a1, aX"
# is the frame).  Debian's lx106 libgcc leaves out what the ESP8266's ROM
# provides (soft float, 64-bit multiply and divide): those count
# ROM_HELPER bytes each (leaf routines; an estimate, not a measurement).
LIBC_ARCHIVES = ["/usr/lib/xtensa-lx106-elf/lib/libc.a", "/usr/lib/xtensa-lx106-elf/lib/libm.a",
                 "/usr/lib/gcc/xtensa-lx106-elf/12.2.0/libgcc.a"]
ROM_HELPER = 64
# picolibc.specs makes vfprintf the double-capable one; the sim port's
# counting heap wraps malloc (-Wl,--wrap), __real_malloc is malloc.
LIBC_ALIASES = {"vfprintf": "__d_vfprintf", "__real_malloc": "malloc", "__real_free": "free",
                "__real_calloc": "calloc", "__real_realloc": "realloc"}
# Indirect calls inside the C library: printf's output to a string
# (snprintf's FILE), qsort's comparator (the listing's).
# stdio's own writes go to the console's put function (the port's: the
# emulator's semihosting, the chip's UART driver, not in this graph), and
# exit's to the atexit handlers, after the loop.
LIBC_INDIRECT = {"__d_vfprintf": ["__file_str_put"], "__i_vfprintf": ["__file_str_put"],
                 "qsort": ["static.c:cmp_str"], "fputc": [], "fputs": [], "fwrite": [], "fflush": [],
                 "fclose": [], "fgetc": [], "fseek": [], "fseeko": [], "ftell": [], "exit": [],
                 "__libc_fini_array": [], "raise": []}
# The target's system calls (emu/lx106/sim_syscalls.c, the SDK on a chip)
# and gcc's atomics: leaf routines, SYSCALL bytes each.
SYSCALL = 32
SYSCALLS = {"_exit", "gettimeofday", "getpid", "kill", "open", "close", "read", "write", "lseek", "fstat", "isatty",
            "__atomic_exchange_ungetc", "__atomic_compare_exchange_ungetc"}
# Where the graph stops: raising an exception longjmps back to the app's try
# frame and ts_panic ends the program, so what they call (formatting the
# message) runs on the app's error path; their own frames count.
CUT = {"ts_throw", "ts_throw_error", "ts_throw_type_error", "ts_throw_range_error", "ts_panic", "exit"}
# The core's texts of errors and inspect run for an Error value or
# console.log, which the app asks for (in its own frames), and for the
# report of an uncaught exception: counted in the "with errors" figure.
CUT_REQUEST = {"error_inherited", "ts_inspect", "ts_exception_text"}

# Calls through pointers: caller (file:function or function) -> callees.
# "APP" is the app's code.  A caller listed with [] makes no call the paths
# below can reach (e.g. a destructor run only at exit), with the reason.
INDIRECT = {
    # the loop: rt.c runs the loop api.c installed
    "ts_rt_run_loop": ["api.c:api_loop"],
    "rt.c:ts_rt_run_loop": ["api.c:api_loop"],
    # connection events: the handler of a server conn (http.c) or a client's (http_client.c)
    "mgr_conn_call": ["http.c:conn_fn", "http_client.c:conn_fn"],
    "mgr.c:mgr_conn_call": ["http.c:conn_fn", "http_client.c:conn_fn"],
    # accepted conns: the server's accept callback
    "mgr_conn_opened": ["http.c:accept_fn", "http.c:reject_fn"],
    "mgr.c:listener_accept": ["net_tls_server_attach"],
    # the rate limiter's clock: a test's (net_log_set_clock); an app's is port_now_ms, called directly
    "log.c:rl_now": [],
    # a response's events (drain, done) reach the device API's response object
    "http.c:ex_detach": ["api.c:res_event"],
    # transports: sockets, memory pipes, TLS
    "mgr.c:conn_read": ["mgr.c:sock_recv", "mem_pipe.c:mem_recv", "tls_mbed.c:tls_recv"],
    "mgr.c:conn_flush": ["mgr.c:sock_send", "mem_pipe.c:mem_send", "tls_mbed.c:tls_send", "tls_mbed.c:tls_last_error"],
    "mgr_conn_handshake": ["tls_mbed.c:tls_handshake"],
    "mgr.c:conn_finish": ["mgr.c:sock_close", "mem_pipe.c:mem_close", "tls_mbed.c:tls_close"],
    "mgr_poll": ["mgr.c:sock_recv", "mem_pipe.c:mem_ready", "tls_mbed.c:tls_ready", "tls_mbed.c:tls_last_error"],
    "net_conn_sendfile": ["mgr.c:sock_sendfile"],
    "mgr_free": [],
    # timers
    "net_timers_run": ["api.c:timer_fire"],
    "timer.c:timer_free": ["api.c:timer_free"],
    # llhttp's callbacks: the server's and the client's
    "LLHTTP": ["http.c:on_message_begin", "http.c:on_url", "http.c:on_url_complete", "http.c:on_header_field",
               "http.c:on_header_field_complete", "http.c:on_header_value", "http.c:on_header_value_complete",
               "http.c:on_headers_complete", "http.c:on_body", "http.c:on_message_complete",
               "http_client.c:on_message_begin", "http_client.c:on_status", "http_client.c:on_header_field",
               "http_client.c:on_header_field_complete", "http_client.c:on_header_value",
               "http_client.c:on_header_value_complete", "http_client.c:on_headers_complete",
               "http_client.c:on_body", "http_client.c:on_message_complete"],
    # the server's events reach the device API
    "HTTP_SRV": ["api.c:on_request", "api.c:on_event"],
    "HTTP_CLIENT": ["api_client.c:client_ev"],
    # a body given as a typed array, DataView or ArrayBuffer: binary.c's bytes_of (linked by apps with binary data)
    "api_body_bytes": ["binary.c:bytes_of"],
    # calling a TypeScript function value from the device API: the app
    # (from the core, a getter or valueOf the app wrote: also the app)
    "ts_call": ["APP"],
    # the server's callbacks: requests, events, its user data's destructor
    "http.c:conn_fn": ["api.c:on_request", "api.c:on_event", "api.c:server_released"],
    "http.c:http_process": ["api.c:on_request", "api.c:on_event"],
    "http__report": ["api.c:on_event"],
    "http.c:report_text": ["api.c:on_event"],
    "http.c:server_maybe_free": ["api.c:server_released"],
    "http_client.c:on_body": ["api_client.c:client_ev"],
    "http_client.c:conn_fn": ["api_client.c:client_ev"],
    "http_client.c:deliver_response": ["api_client.c:client_ev"],
    "llhttp_finish": ["LLHTTP"],
    # the manager's clock: port_now_ms unless a test set its own
    "mgr_now": ["mgr.c:default_clock"],
    # the simulation port's end-of-script hook (the emulator harness only)
    "port_poll": [],
    # a listener's TLS setup is released through its ops
    "mgr.c:listener_unlink": ["net_tls_server_release"],
    "timer.c:timer_destroy": ["api.c:timer_free"],
    # device-API methods by name (api_method) and the optional parts
    "api_method": ["api.c:res_writeHead", "api.c:res_write", "api.c:res_end", "api.c:res_serve"],
    "api.c:res_serve": ["http_exchange_serve"],
}

# mbedTLS's calls through pointers, resolved per caller for what tls_mbed.c
# configures: TLS 1.2 and up (no MD5/SHA-1 handshake hashes), ECDHE with
# ECDSA or RSA certificates, AES-GCM and ChaCha20-Poly1305 (no RSA key
# exchange, no PSK, no CBC), its own BIO, RNG and verify callbacks, no debug,
# timer, session cache, ticket, SNI or CA callbacks (a NULL pointer is never
# called).  The peer picks the curve: every fast reduction counts.  A caller
# not in the table fails the check, so an mbedTLS upgrade cannot hide a path.
PK_RSA_ECKEY = ["pk_wrap.c:rsa_%s", "pk_wrap.c:eckey_%s", "pk_wrap.c:ecdsa_%s"]
GCM_CHACHA_AES = ["cipher_wrap.c:" + f for f in (
    "gcm_ctx_alloc", "gcm_ctx_free", "gcm_aes_setkey_wrap", "chachapoly_ctx_alloc", "chachapoly_ctx_free",
    "chachapoly_setkey_wrap", "aes_ctx_alloc", "aes_ctx_free", "aes_setkey_enc_wrap", "aes_setkey_dec_wrap",
    "aes_crypt_ecb_wrap")]
CHECKSUM = ["ssl_tls.c:ssl_update_checksum_start", "ssl_tls.c:ssl_update_checksum_sha256",
            "ssl_tls.c:ssl_update_checksum_sha384"]
PRF = ["ssl_tls.c:tls_prf_sha256", "ssl_tls.c:tls_prf_sha384"]
FINISHED = ["ssl_tls.c:ssl_calc_finished_tls_sha256", "ssl_tls.c:ssl_calc_finished_tls_sha384"]
VERIFY_MD = ["ssl_tls.c:ssl_calc_verify_tls_sha256", "ssl_tls.c:ssl_calc_verify_tls_sha384"]
RNG = ["mbedtls_ctr_drbg_random"]
MBED_INDIRECT = {
    "mbedtls_cipher_setup": GCM_CHACHA_AES, "mbedtls_cipher_setkey": GCM_CHACHA_AES,
    "mbedtls_cipher_update": GCM_CHACHA_AES, "mbedtls_cipher_finish": GCM_CHACHA_AES,
    "mbedtls_cipher_free": GCM_CHACHA_AES,
    "mbedtls_pk_verify_restartable": [f % "verify_wrap" for f in PK_RSA_ECKEY],
    "mbedtls_pk_sign_restartable": [f % "sign_wrap" for f in PK_RSA_ECKEY],
    "mbedtls_pk_can_do": [f % "can_do" for f in PK_RSA_ECKEY] + ["pk_wrap.c:eckeydh_can_do"],
    "mbedtls_pk_get_bitlen": ["pk_wrap.c:rsa_get_bitlen", "pk_wrap.c:eckey_get_bitlen"],
    "mbedtls_pk_free": [f % "free_wrap" for f in PK_RSA_ECKEY],
    "mbedtls_pk_setup": [f % "alloc_wrap" for f in PK_RSA_ECKEY],
    "mbedtls_pk_encrypt": [], "mbedtls_pk_decrypt": [], "mbedtls_pk_check_pair": [], "mbedtls_pk_debug": [],
    "mbedtls_pk_setup_rsa_alt": [], "rsa_alt_get_bitlen": [], "rsa_alt_sign_wrap": [], "rsa_alt_decrypt_wrap": [],
    # the RNG: ECDHE keys, ECDSA blinding, hello randoms, RSA padding
    "mpi_fill_random_internal": RNG, "rsa_rsassa_pss_sign": RNG, "mbedtls_rsa_rsaes_oaep_encrypt": RNG,
    "mbedtls_rsa_rsaes_pkcs1_v15_encrypt": RNG, "ssl_write_client_hello": RNG,
    "mbedtls_ctr_drbg_reseed_internal": ["tls_mbed.c:entropy_from_port"],
    "entropy_gather_internal": [], "hmac_drbg_reseed_core": [],
    "mbedtls_mpi_mul_mod": ["ecp_curves.c:ecp_mod_" + c for c in (
        "p192", "p224", "p256", "p384", "p521", "p255", "p448", "p192k1", "p224k1", "p256k1")],
    # records: the BIO, handshake hashes, PRF and Finished
    "mbedtls_ssl_fetch_input": ["tls_mbed.c:bio_recv"], "mbedtls_ssl_flush_output": ["tls_mbed.c:bio_send"],
    "mbedtls_ssl_read": [], "mbedtls_ssl_read_record": CHECKSUM, "mbedtls_ssl_check_timer": [],
    "mbedtls_ssl_set_timer": [], "mbedtls_ssl_encrypt_buf": RNG,
    "mbedtls_ssl_update_handshake_status": CHECKSUM, "mbedtls_ssl_write_handshake_msg": CHECKSUM,
    "mbedtls_ssl_derive_keys": PRF + VERIFY_MD, "ssl_populate_transform": PRF, "mbedtls_ssl_tls_prf": PRF,
    "mbedtls_ssl_handshake_wrapup": [], "mbedtls_ssl_parse_finished": FINISHED,
    "mbedtls_ssl_write_finished": FINISHED, "ssl_calc_finished_tls_sha256": [], "ssl_calc_finished_tls_sha384": [],
    "ssl_calc_finished_tls": [],
    "mbedtls_ssl_handshake_server_step": CHECKSUM + RNG, "ssl_parse_client_hello": CHECKSUM,
    "ssl_parse_client_psk_identity": [], "ssl_parse_encrypted_pms": [],
    "mbedtls_ssl_handshake_client_step": CHECKSUM + RNG, "ssl_write_encrypted_pms": [],
    "mbedtls_ssl_ticket_write": [], "ssl_ticket_gen_key": [], "mbedtls_ssl_cookie_setup": [],
    # certificates: the verify callback; no extension or CA callbacks
    "x509_crt_verify_restartable_ca_cb": ["tls_mbed.c:verify_note"], "mbedtls_x509_crt_parse_der_internal": [],
    "mbedtls_asn1_traverse_sequence_of": ["asn1parse.c:asn1_get_sequence_of_cb"],
    "debug_send_line": [], "mbedtls_platform_zeroize": ["memset"],
    "psa_crypto_init": [], "mbedtls_psa_crypto_free": [],
}

# Each path: what the app does from APP (its device-API calls), which
# connection handler the manager's events reach, and what cannot run on it
# (no outgoing connections on a server path, no server on the client's).
SERVER_ONLY = ["http.c", "static.c", "mgr_conn_opened", "api.c:on_request"]
CLIENT_ONLY = ["net_dial_advance", "dial.c", "http_client.c", "api_client.c"]
TLS_FUNCS = ["tls_mbed.c", "mgr_conn_handshake", "net_tls_server_release", "net_tls_server_attach"]
# Error reporting: a log line about a peer, an 'error' event, an uncaught
# exception's report, the app's write after end.  Counted in the second figure of every path.
ERRORS = ["http__report", "http__report_ex", "http.c:hc_report", "http.c:report_text", "api.c:emit_error", "api_report_uncaught", "api.c:on_event", "port_log",
          "api_client.c:report_error", "mgr_conn_fail", "dial.c:dial_fail_fmt", "dial.c:dial_fail_later",
          "api.c:res_write_after_end", "api_client.c:rq_write_after_end"]
PATHS = {
    "static file": {"app": ["ts_api_Response_serve"], "skip": CLIENT_ONLY + TLS_FUNCS,
                    "indirect": {"api_method": ["api.c:res_serve"]}},
    "JSON reply": {"app": ["ts_json_stringify", "ts_api_Response_writeHead", "ts_api_Response_end"],
                   "skip": CLIENT_ONLY + TLS_FUNCS,
                   "indirect": {"api_method": ["api.c:res_writeHead", "api.c:res_end"]}},
    "client request": {"app": ["ts_api_Http_request", "ts_api_ClientRequest_end"],
                       "skip": SERVER_ONLY + TLS_FUNCS,
                       "indirect": {"api_method": ["api_client.c:rq_write", "api_client.c:rq_end"]}},
    # a handshake step from the loop: an accepted connection's (server), or
    # an outgoing one's once TCP is up (client); the app's code is not on it
    "TLS server handshake": {"app": [], "tls": True,
                             "skip": CLIENT_ONLY + ["mbedtls_ssl_handshake_client_step"]},
    "TLS client handshake": {"app": [], "tls": True,
                             "skip": SERVER_ONLY + ["mgr.c:listener_accept", "mbedtls_ssl_handshake_server_step"]},
}


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if r.returncode != 0:
        sys.exit("check_stack: %s failed:\n%s" % (" ".join(cmd[:3]), r.stdout[-3000:]))
    return r.stdout


def compile_all(with_tls):
    os.makedirs(BUILD, exist_ok=True)
    build = json.loads(run(["node", os.path.join(RT, "manifest.js"), "json", "sim"]))
    units = []
    for part in build["parts"]:
        for src in part["srcs"]:
            units.append((src, part["cflags"] + build["cppflags"]))
    if build.get("entry"):
        units.append((build["entry"], build["cflags"] + build["cppflags"]))
    if with_tls:
        inc = ["-I" + os.path.join(MBED_PREFIX, "include"), "-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>",
               "-DTSFW_TLS_IN_LEN=" + MBED_IN, "-DTSFW_TLS_OUT_LEN=" + MBED_OUT]
        for f in ("net/tls_mbed.c", "net/ca_bundle.c"):
            units.append((os.path.join(RT, f), build["cflags"] + build["cppflags"] + inc))
    cis = []
    for src, flags in units:
        name = os.path.basename(src)
        if with_tls and name == "tls_none.c":
            continue
        tag = os.path.relpath(src, os.path.dirname(os.path.dirname(RT))).replace("/", "_").replace("..", "up")
        out = os.path.join(BUILD, tag[:-2] + ".o")
        ci, dep = out[:-2] + ".ci", out[:-2] + ".d"
        if not os.path.exists(ci) or dep_newer(ci, dep):
            run([CC] + TARGET_FLAGS + flags + ["-fcallgraph-info=su", "-MMD", "-MF", dep, "-c", src, "-o", out])
        cis.append(ci)
    if with_tls:
        lib = os.path.join(MBED_PREFIX, "callgraph")
        cis += sorted(os.path.join(lib, f) for f in os.listdir(lib) if f.endswith(".ci"))
    return cis


def dep_newer(ci, dep):
    """The source or a header it includes (gcc's -MMD list) changed since the .ci was written."""
    if not os.path.exists(dep):
        return True
    t = os.path.getmtime(ci)
    files = open(dep).read().replace("\\\n", " ").split(":", 1)[1].split()
    return any(not os.path.exists(f) or os.path.getmtime(f) > t for f in files)


NODE = re.compile(r'node: \{ title: "([^"]+)" label: "([^"]*)"')
EDGE = re.compile(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"')


def short(title):
    """'/path/net/http.c:conn_fn' -> 'http.c:conn_fn'; globals stay as they are."""
    if ":" in title:
        f, fn = title.rsplit(":", 1)
        return os.path.basename(f) + ":" + fn
    return title


def load(cis):
    frames, calls, where, layer = {}, {}, {}, {}
    for ci in cis:
        text = open(ci).read()
        for title, label in NODE.findall(text):
            m = re.search(r"\\n(\d+) bytes \((static|dynamic|dynamic,bounded)\)", label)
            if not m:
                continue
            fn = label.split("\\n")[0]
            key = short(title)
            frames[key] = int(m.group(1))
            if m.group(2) != "static":
                frames[key] = -int(m.group(1))  # marked: not a fixed frame
            where[key] = label.split("\\n")[1]
            rel = os.path.relpath(where[key].rsplit(":", 2)[0], RT)
            layer[key] = ("mbedtls" if ci.startswith(MBED_PREFIX) else
                          rel.split(os.sep)[0] if not rel.startswith("..") else "third-party")
            if ":" not in title:
                frames.setdefault(fn, frames[key])
        for src, dst in EDGE.findall(text):
            calls.setdefault(short(src), []).append(short(dst))
    return frames, calls, layer


FUNC = re.compile(r"^[0-9a-f]+ <([A-Za-z_.$][\w.$]*)>:$")


def load_archives():
    """frames and calls of the C library's functions, from their disassembly."""
    frames, calls, indirect, aliases = {}, {}, set(), dict(LIBC_ALIASES)
    for a in LIBC_ARCHIVES:
        if not os.path.exists(a):
            continue
        dis = run(["xtensa-lx106-elf-objdump", "-dr", a])
        fn, last_call, prev, section, expand = None, False, "", "", None
        for line in dis.splitlines():
            if line.startswith("Disassembly of section "):
                section = line[len("Disassembly of section "):].rstrip(":")
                continue
            m = FUNC.match(line)
            if m:
                fn = m.group(1)
                if fn.startswith(".literal") or fn.startswith(".text"):
                    fn = None
                    continue
                if section.startswith(".text.") and section[6:] != fn:
                    aliases[section[6:]] = fn  # free is __malloc_free
                frames.setdefault(fn, 0)
                calls.setdefault(fn, set())
                last_call = False
                continue
            if fn is None:
                continue
            ins = line.split("\t")
            if len(ins) >= 4 and ins[2].strip() == "addi" and ins[3].startswith("a1, a1, -"):
                frames[fn] = max(frames[fn], int(ins[3].split("-")[1]))
            elif len(ins) >= 4 and ins[2].strip() == "sub" and ins[3].startswith("a1, a1, a"):
                reg = ins[3].split(", ")[2]
                m2 = re.search(r"movi\t%s, (\d+)" % reg, prev)
                if m2:
                    frames[fn] = max(frames[fn], int(m2.group(1)))
            elif len(ins) >= 3 and ins[2].strip() in ("call0", "j") and len(ins) >= 4:
                last_call = True
            elif len(ins) >= 3 and ins[2].strip().startswith("callx"):
                if expand:  # a long call (libgcc): l32r's R_XTENSA_ASM_EXPAND names it
                    calls[fn].add(expand)
                    expand = None
                else:
                    indirect.add(fn)
            elif "R_XTENSA_ASM_EXPAND" in line:
                expand = line.split("R_XTENSA_ASM_EXPAND")[1].strip().split("+")[0]
            elif "R_XTENSA_SLOT0_OP" in line and last_call:
                tgt = line.split("R_XTENSA_SLOT0_OP")[1].strip()
                if not tgt.startswith(".text") and not tgt.startswith(".literal"):
                    calls[fn].add(tgt.split("+")[0])
                last_call = False
            else:
                last_call = False
            if len(ins) >= 3:
                prev = line
    for _ in range(3):  # __real_malloc -> malloc -> __malloc_malloc
        for name, real in aliases.items():
            if real in frames and name not in frames:
                frames[name] = 0
                calls[name] = {real}
    return frames, {k: sorted(v) for k, v in calls.items()}, indirect


class Graph:
    """The call graph of one path: compiled functions (.ci), the C library,
    INDIRECT with the path's own connection handlers, and APP."""

    def __init__(self, frames, calls, layer, libc, path, errors):
        self.errors = errors
        self.frames, self.calls, self.layer = frames, calls, layer
        self.notes = set()
        self.lframes, self.lcalls, self.lindirect = libc
        self.path = path
        self.problems = set()
        self.memo = {}

    def indirect(self, fn):
        mbed = self.layer.get(fn) == "mbedtls"
        fn = fn.split("$")[0]  # gcc's clones (f$constprop$0) call what f calls
        base = fn.split(":", 1)[1] if ":" in fn else fn
        if mbed or self.layer.get(fn) == "mbedtls":
            if base in MBED_INDIRECT:
                return MBED_INDIRECT[base]
            self.problems.add("indirect call in %s is not resolved (MBED_INDIRECT)" % fn)
            return []
        if self.layer.get(fn) in ("core", "regexp"):
            # the core calls through pointers for the app's values (valueOf,
            # getters, JSON replacers) and its own tables: those are the app's
            self.notes.add("the core's indirect calls are the app's code")
            return []
        for key in (fn, base):
            if key in self.path.get("indirect", {}):
                return self.path["indirect"][key]
            if key in INDIRECT:
                return INDIRECT["LLHTTP"] if INDIRECT[key] == ["LLHTTP"] else INDIRECT[key]
        if base.startswith("llhttp__on_") or base.startswith("llhttp__internal"):
            return INDIRECT["LLHTTP"]
        self.problems.add("indirect call in %s is not resolved (INDIRECT)" % fn)
        return []

    def callees(self, fn):
        if fn == "APP":
            return list(self.path["app"])
        if fn == "ts_call@core" or fn in CUT or (fn in CUT_REQUEST and not self.errors):
            return []
        if fn == "ts_call":
            return ["APP"]  # the device API calls only functions (api_try_call checks): no TypeError path
        out = []
        if fn in self.calls:
            for t in self.calls[fn]:
                out += self.indirect(fn) if t == "__indirect_call" else [t]
        else:
            name = fn.split(":", 1)[1] if ":" in fn else fn
            out += self.lcalls.get(name, [])
            if name in self.lindirect:
                if name not in LIBC_INDIRECT:
                    self.problems.add("indirect call in the C library's %s is not resolved (LIBC_INDIRECT)" % name)
                out += LIBC_INDIRECT.get(name, [])
        skip = list(self.path.get("skip", ())) + (ERRORS if not self.errors else [])
        # gcc's clones (f$constprop$0, f$isra$0, f$part$0) are f
        return [t for t in out if not any(t.split("$")[0] == k or t.startswith(k + ":") for k in skip)]

    def frame(self, fn):
        if fn == "APP":
            return 0
        if fn == "ts_call@core":
            return self.frame("ts_call")
        if fn in self.frames:
            f = self.frames[fn]
            if f < 0:
                self.problems.add("%s has a dynamic frame" % fn)
                return -f
            return f
        if "$" in fn:  # a clone gcc made of a function of another unit
            base = fn.split("$")[0]
            for b in (base, base.split(":", 1)[-1]):
                if b in self.frames:
                    return self.frame(b)
            # a part gcc split off without a node of its own: its siblings' largest frame
            sib = [abs(f) for k, f in self.frames.items() if k.split("$")[0] == base]
            if sib:
                return max(sib)
        name = fn.split(":", 1)[1] if ":" in fn else fn
        if name in self.lframes:
            return self.lframes[name]
        if name in SYSCALLS:
            return SYSCALL
        if re.match(r"__(add|sub|mul|div|neg|eq|ne|lt|le|gt|ge|unord)[sd]f[23]$|__(fix|float)\w+$|"
                    r"__(ashl|ashr|lshr|mul|div|udiv|mod|umod|umulsi)[sd]i3$|__(extend|trunc)[sd]f[sd]f2$", name):
            return ROM_HELPER
        self.problems.add("no frame for %s (not compiled, not in the C library)" % fn)
        return 0

    def target(self, caller, t):
        """A call from caller to t: a static of caller's file wins over a global."""
        if t == "APP" or ":" in t:
            return t
        if t == "ts_call" and self.layer.get(caller) in ("core", "regexp"):
            return "ts_call@core"  # the app's getter or valueOf: the app's frames
        f = caller.split(":", 1)[0] if ":" in caller else None
        if f and f + ":" + t in self.frames:
            return f + ":" + t
        return t

    def depth(self, fn, stack=()):
        """(bytes, chain) of the deepest chain of calls from fn."""
        if fn in stack:
            # counted once: docs/stack.md lists the recursions and their bounds
            self.notes.add("recursion counted once: %s" % " -> ".join(stack[stack.index(fn):] + (fn,)))
            return 0, []
        if fn in self.memo:
            return self.memo[fn]
        best, chain = 0, []
        for t in self.callees(fn):
            d, c = self.depth(self.target(fn, t), stack + (fn,))
            if d > best:
                best, chain = d, c
        r = (self.frame(fn) + best, [fn] + chain)
        self.memo[fn] = r
        return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget-request", type=int, default=3072)
    # ESP-IDF gives its own HTTPS server's task 10,240 bytes (esp_https_server's
    # HTTPD_SSL_CONFIG_DEFAULT): what its mbedTLS handshake needs on the
    # ESP32, checked here for ours (docs/stack.md)
    ap.add_argument("--budget-tls", type=int, default=10240)
    ap.add_argument("--budget-task", type=int, default=6144,
                    help="any path with error reporting: what the 8 KB ESP8266 task leaves after 2 KB for the app")
    ap.add_argument("--tls", action="store_true",
                    help="also the TLS handshakes (builds mbedTLS for lx106 once, with its call graph)")
    ap.add_argument("--verbose", action="store_true", help="also list the recursions counted once")
    ap.add_argument("--root", help="measure the runtime of another checkout (its components/runtime)")
    args = ap.parse_args()
    if args.root:
        global RT, BUILD
        RT = os.path.join(os.path.abspath(args.root), "components", "runtime")
        BUILD = os.path.join(os.path.abspath(args.root), "build", "stack", "lx106")
    with_tls = args.tls
    if with_tls and not os.path.exists(os.path.join(MBED_PREFIX, ".built")):
        run(["sh", os.path.join(ROOT, "tests", "tls", "mbedtls-src.sh"), MBED_VER, MBED_IN, MBED_OUT],
            env=dict(os.environ, MBEDTLS_TARGET="lx106", MBEDTLS_CALLGRAPH="1"))
    frames, calls, layer = load(compile_all(with_tls))
    libc = load_archives()
    failed, npass, nfail = False, 0, 0
    print("worst-case stack on lx106 (bytes; the app's own frames excluded)")
    for name, path in PATHS.items():
        if path.get("tls") and not with_tls:
            continue
        budget = args.budget_tls if path.get("tls") else args.budget_request
        for errors in (False, True):
            g = Graph(frames, calls, layer, libc, path, errors)
            d, chain = g.depth("api.c:api_loop")
            limit = budget if not errors or path.get("tls") else args.budget_task
            ok = d <= limit and not g.problems
            failed |= not ok
            npass, nfail = npass + ok, nfail + (not ok)
            label = name if not errors else "  with errors"
            print("%-21s %6d  (budget %5d) %s" % (label, d, limit, "ok" if ok else "FAIL"))
            if args.verbose or not ok:
                print("      " + " > ".join("%s %d" % (p, g.frame(p)) for p in chain))
            for pr in sorted(g.problems):
                print("      problem: " + pr)
            if args.verbose:
                for n in sorted(g.notes):
                    print("      note: " + n)
    print("check-stack: %d passed, %d failed" % (npass, nfail))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
