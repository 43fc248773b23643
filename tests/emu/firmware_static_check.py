#!/usr/bin/python3
"""firmware_static_check.py - what can be checked of the firmware files here,
without Docker, ESP-IDF or ESP8266_RTOS_SDK (part of make test-emu).

Prints PASS/FAIL lines; exit status 1 when any check fails.

  1. sdkconfig.defaults, sdkconfig.defaults.qemu (ESP-IDF 5.2) and
     firmware/esp8266/sdkconfig.defaults (ESP8266_RTOS_SDK 3.4): every
     CONFIG_ name is either declared by the project's own Kconfig.projbuild
     or in the list below of names checked against the SDK's Kconfig files
     (idf.py only warns about an unknown name and then ignores it); values
     are of the option's type and inside its range; "depends on" options are
     not set without what they depend on; the mbedTLS record sizes suit the
     TLS glue's max_fragment_length request (net/tls_mbed.c).
  2. Kconfig.projbuild (both), parsed by kconfiglib: options typed and
     inside a menu, defaults of that type and inside "range", "depends on"
     symbols that exist; every CONFIG_TSFW_* app_main's C uses is declared.
  3. partitions.csv (both): offsets as gen_esp32part.py assigns them (table
     at 0x8000, data aligned to 4 KB, apps to 64 KB), no overlap, inside the
     4 MB flash, one SPIFFS partition; on ESP8266 the app inside the first
     1 MB the SDK maps, and make flash's storage offset (evaluated by make).
  4. the SPIFFS image: every fs/ file name fits SPIFFS_OBJ_NAME_LEN, and the
     pages spiffsgen.py needs for fs/ (ca.pem included, which must hold
     parseable certificates) stay under 75% of the partition (ESP-IDF's
     SPIFFS documentation: only about 75% of the space is reliably usable).
  5. Dockerfile, parsed into stages, ARG/ENV values and the shell commands of
     each RUN: espressif/idf pinned to a v5.x.y tag, the SDK cloned at a v3.x
     tag into IDF_PATH, each Node.js tarball checked against SHASUMS256.txt
     before tar unpacks it, llhttp of Debian's version where LLHTTP_DIR
     points, spiffsgen.py of the same ESP-IDF tag where SPIFFSGEN points.
  6. the CMake files, run by cmake against stand-ins for the ESP-IDF
     functions (for each of esp32 and esp8266; which sources the runtime
     component compiles is checked against components/runtime/manifest.json
     by tests/runners/manifest.test.ts): REQUIRES name components that
     exist in that SDK; a probe compiled with the component's definitions sees
     TSFW_CA_FILE_DEFAULT and TSFW_TLS_IN_LEN/OUT_LEN equal to the sdkconfig
     values; the SPIFFS image is made from fs/ at the partition's size.
  7. app_main's C, tokenized, functions and calls found: what app_main
     reaches mounts the table's SPIFFS partition (esp_vfs_spiffs_register)
     at the folder of the runtime's TSFW_CA_FILE_DEFAULT, and (ESP-IDF) sets
     the clock with esp_netif_sntp_init from CONFIG_TSFW_SNTP_SERVER.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import kconfiglib

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = 0


def check(ok, what, detail=""):
    global failures
    if ok:
        print("PASS firmware: " + what)
    else:
        failures += 1
        print("FAIL firmware: " + what + (": " + detail if detail else ""))
    return ok


def read(rel):
    with open(os.path.join(TOP, rel), encoding="utf-8") as f:
        return f.read()


# --------------------------------------------------------------------------
# Option names checked against the SDKs' Kconfig files.  For each: type,
# range (or None), and what it depends on (an option that must not be "n").
# ESP-IDF 5.2: the Kconfig files named per group, in espressif/esp-idf.
IDF52 = {
    # components/esptool_py/Kconfig.projbuild (choice ESPTOOLPY_FLASHSIZE)
    "ESPTOOLPY_FLASHSIZE_4MB": ("bool", None, None),
    # components/partition_table/Kconfig.projbuild.  PARTITION_TABLE_FILENAME
    # is derived (no prompt) and cannot be set from sdkconfig.defaults.
    "PARTITION_TABLE_CUSTOM": ("bool", None, None),
    "PARTITION_TABLE_CUSTOM_FILENAME": ("string", None, "PARTITION_TABLE_CUSTOM"),
    # Kconfig (top level), "Compiler options" > "Optimization Level"
    "COMPILER_OPTIMIZATION_SIZE": ("bool", None, None),
    # components/esp_system/Kconfig
    "ESP_MAIN_TASK_STACK_SIZE": ("int", None, None),
    # components/lwip/Kconfig
    "LWIP_MAX_SOCKETS": ("int", (1, 16), None),
    "LWIP_SO_REUSE": ("bool", None, None),
    "LWIP_SO_RCVBUF": ("bool", None, None),
    "LWIP_IPV6": ("bool", None, None),
    "LWIP_DNS_SUPPORT_MDNS_QUERIES": ("bool", None, None),
    # components/vfs/Kconfig (named in lwip/Kconfig's LWIP_USE_ONLY_LWIP_SELECT help)
    "VFS_SUPPORT_SELECT": ("bool", None, None),
    # components/mbedtls/Kconfig.  There is no MBEDTLS_SSL_MAX_FRAGMENT_LENGTH
    # option: port/include/mbedtls/esp_config.h always defines it.
    "MBEDTLS_ASYMMETRIC_CONTENT_LEN": ("bool", None, None),
    "MBEDTLS_SSL_IN_CONTENT_LEN": ("int", (512, 16384), "MBEDTLS_ASYMMETRIC_CONTENT_LEN"),
    "MBEDTLS_SSL_OUT_CONTENT_LEN": ("int", (512, 16384), "MBEDTLS_ASYMMETRIC_CONTENT_LEN"),
    "MBEDTLS_DYNAMIC_BUFFER": ("bool", None, None),
    "MBEDTLS_DYNAMIC_FREE_CONFIG_DATA": ("bool", None, "MBEDTLS_DYNAMIC_BUFFER"),
    "MBEDTLS_HAVE_TIME_DATE": ("bool", None, None),
    "MBEDTLS_CERTIFICATE_BUNDLE": ("bool", None, None),
    # components/spiffs/Kconfig
    "SPIFFS_OBJ_NAME_LEN": ("int", (1, 256), None),
    "SPIFFS_USE_MAGIC": ("bool", None, None),
    "SPIFFS_USE_MAGIC_LENGTH": ("bool", None, "SPIFFS_USE_MAGIC"),
    "SPIFFS_USE_MTIME": ("bool", None, None),
    # components/log/Kconfig (choice LOG_DEFAULT_LEVEL)
    "LOG_DEFAULT_LEVEL_INFO": ("bool", None, None),
    # components/esp_eth/Kconfig (OpenCores MAC, for QEMU)
    "ETH_USE_OPENETH": ("bool", None, None),
    "ETH_OPENETH_DMA_RX_BUFFER_NUM": ("int", (1, 64), "ETH_USE_OPENETH"),
    "ETH_OPENETH_DMA_TX_BUFFER_NUM": ("int", (1, 64), "ETH_USE_OPENETH"),
    # components/esp_phy/Kconfig
    "ESP_PHY_CALIBRATION_AND_DATA_STORAGE": ("bool", None, None),
}
# ESP8266_RTOS_SDK 3.4: the Kconfig files of espressif/ESP8266_RTOS_SDK
ESP8266_SDK = {
    # components/esptool_py/Kconfig.projbuild
    "ESPTOOLPY_FLASHSIZE_4MB": ("bool", None, None),
    # components/partition_table/Kconfig.projbuild
    "PARTITION_TABLE_CUSTOM": ("bool", None, None),
    "PARTITION_TABLE_CUSTOM_FILENAME": ("string", None, "PARTITION_TABLE_CUSTOM"),
    # components/lwip/Kconfig ("SOCKET" menu; LWIP_IPV6 as used by LWIP_IPV6_MLD_SOCK)
    "LWIP_MAX_SOCKETS": ("int", (1, 16), None),
    "LWIP_SO_REUSE": ("bool", None, None),
    "LWIP_IPV6": ("bool", None, None),
    # components/mbedtls/Kconfig
    "MBEDTLS_ASYMMETRIC_CONTENT_LEN": ("bool", None, None),
    "MBEDTLS_SSL_IN_CONTENT_LEN": ("int", (512, 16384), "MBEDTLS_ASYMMETRIC_CONTENT_LEN"),
    "MBEDTLS_SSL_OUT_CONTENT_LEN": ("int", (512, 16384), "MBEDTLS_ASYMMETRIC_CONTENT_LEN"),
    "MBEDTLS_DYNAMIC_BUFFER": ("bool", None, None),
    "MBEDTLS_DYNAMIC_FREE_CONFIG_DATA": ("bool", None, "MBEDTLS_DYNAMIC_BUFFER"),
    # components/spiffs/Kconfig (+ spiffs_config.h: name + meta + 64 <= page)
    "SPIFFS_OBJ_NAME_LEN": ("int", (1, 256), None),
}
# Components that exist in each SDK (components/<name>/CMakeLists.txt)
COMPONENTS = {
    "esp32": {"lwip", "esp_timer", "esp_system", "log", "vfs", "spiffs", "mbedtls", "nvs_flash",
              "esp_wifi", "esp_netif", "esp_event", "esp_eth", "freertos", "runtime"},
    "esp8266": {"lwip", "esp8266", "log", "vfs", "spiffs", "mbedtls", "nvs_flash", "tcpip_adapter",
                "esp_event", "freertos", "runtime"},
}


# --------------------------------------------------------------- Kconfig
def parse_kconfig(rel):
    """Parsed by kconfiglib (Debian's python3-kconfiglib), as ESP-IDF's
    menuconfig parses it.  -> (options {name: dict(type, default, range,
    depends)}, errors)"""
    try:
        kconf = kconfiglib.Kconfig(os.path.join(TOP, rel), warn_to_stderr=False)
    except kconfiglib.KconfigError as e:
        return {}, [str(e)]
    errors = list(kconf.warnings)
    opts = {}
    for node in kconf.node_iter():
        sym = node.item
        if not isinstance(sym, kconfiglib.Symbol):
            continue
        where = "%s:%d: %s" % (rel, node.linenr, sym.name)
        if sym.name in opts:
            errors.append(where + " declared twice")
            continue
        if node.parent is kconf.top_node:
            errors.append(where + " outside any menu")
        typ = kconfiglib.TYPE_TO_STR[sym.orig_type]
        if typ not in ("bool", "int", "string", "hex"):
            errors.append(where + " has no type")
            continue
        rng = None
        if sym.ranges:
            lo, hi, _ = sym.ranges[0]
            rng = (int(lo.str_value, 0), int(hi.str_value, 0))
        default = sym.defaults[0][0].str_value if sym.defaults else None
        depends = sorted({d.name for d in kconfiglib.expr_items(sym.direct_dep) if not d.is_constant})
        opts[sym.name] = {"type": typ, "default": default, "range": rng, "depends": depends, "line": node.linenr}
        if default is None:
            continue
        if typ == "bool" and default not in ("y", "n"):
            errors.append(where + " bool default %r" % default)
        if typ in ("int", "hex"):
            try:
                v = int(default, 0)
            except ValueError:
                errors.append(where + " default %r is not a number" % default)
                continue
            if rng and not rng[0] <= v <= rng[1]:
                errors.append(where + " default %d outside range %s" % (v, rng))
    return opts, errors


def kconfig_checks(rel, sdk_names, sources):
    opts, errors = parse_kconfig(rel)
    check(not errors and opts, "%s parses (kconfiglib: typed options inside a menu, defaults in range)" % rel,
          "; ".join(errors))
    known = set(opts) | set(sdk_names)
    bad = sorted({d for o in opts.values() for d in o["depends"] if d not in known})
    check(not bad, "%s: every 'depends on' names an existing option" % rel, ", ".join(bad))
    used = {t[len("CONFIG_"):] for src in sources for t in c_tokens(src, True) if t.startswith("CONFIG_TSFW_")}
    missing = sorted(used - set(opts))
    check(not missing, "%s declares every CONFIG_TSFW_* that %s uses" % (rel, ", ".join(sources)),
          "missing: " + ", ".join(missing))
    return opts


# -------------------------------------------------------------- app_main C
C_TOKEN = re.compile(r"""//[^\n]*|/\*.*?\*/|^[ \t]*\#(?:\\\n|[^\n])*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\S""",
                     re.S | re.M)
C_KEYWORDS = {"if", "else", "while", "for", "do", "switch", "return", "sizeof", "case", "default"}


def c_tokens(rel, directives=False):
    """The C file's tokens: comments dropped, string and character literals
    as single tokens; preprocessor lines dropped (every #if branch is kept),
    or with directives=True, their tokens kept too."""
    out = []
    for t in C_TOKEN.findall(read(rel)):
        if t.startswith(("//", "/*")):
            continue
        if t.lstrip().startswith("#"):
            if directives:
                out += [d for d in C_TOKEN.findall(t.lstrip()[1:]) if not d.startswith(("//", "/*"))]
            continue
        out.append(t)
    return out


def c_functions(tokens):
    """{name: body tokens} of the functions defined in the file (two
    definitions under #if/#else are merged)."""
    funcs, depth, i = {}, 0, 0
    while i < len(tokens):
        t = tokens[i]
        if t == "{" and depth == 0 and i > 0 and tokens[i - 1] == ")":
            j, d = i - 1, 0
            while j >= 0:  # back to the parameter list's "("
                d += {")": 1, "(": -1}.get(tokens[j], 0)
                if d == 0:
                    break
                j -= 1
            name = tokens[j - 1]
            k, d = i, 0
            while k < len(tokens):
                d += {"{": 1, "}": -1}.get(tokens[k], 0)
                if d == 0:
                    break
                k += 1
            funcs.setdefault(name, []).extend(tokens[i + 1:k])
            i = k + 1
            continue
        depth += {"{": 1, "}": -1}.get(t, 0)
        i += 1
    return funcs


def c_calls(body):
    return {body[i] for i in range(len(body) - 1)
            if body[i + 1] == "(" and re.fullmatch(r"[A-Za-z_]\w*", body[i]) and body[i] not in C_KEYWORDS}


def c_reachable(funcs, root):
    """Functions reached from root by calls or by being passed (tasks, event handlers)."""
    seen, todo = set(), [root]
    while todo:
        f = todo.pop()
        if f in seen or f not in funcs:
            continue
        seen.add(f)
        todo += [t for t in funcs[f] if t in funcs]
    return seen


def c_initializer(body, type_name):
    """The designated initializer of a local `type_name var = {...}`: (var, {field: value tokens})."""
    for i in range(len(body) - 3):
        if body[i] == type_name and body[i + 2] == "=" and body[i + 3] == "{":
            fields, j, depth, field = {}, i + 4, 1, None
            while depth:
                t = body[j]
                depth += {"{": 1, "}": -1, "(": 1, ")": -1}.get(t, 0)
                if depth == 1 and t == "." and body[j + 2] == "=":
                    field = body[j + 1]
                    fields[field] = []
                    j += 3
                    continue
                if depth == 1 and t == ",":
                    field = None
                elif depth and field:
                    fields[field].append(t)
                j += 1
            return body[i + 1], fields
    return None, {}


def c_string(tokens):
    return tokens[0][1:-1] if len(tokens) == 1 and tokens[0].startswith('"') else None


def app_main_checks(rel, label, storage_name, ca_file, sntp):
    """What app_main does, read from its C: mounts the SPIFFS partition of the
    table where the TLS glue looks for ca.pem, and (ESP-IDF) sets the clock
    by SNTP from the configured server before the app starts."""
    funcs = c_functions(c_tokens(rel))
    reach = c_reachable(funcs, "app_main")
    check("app_main" in funcs, "%s: defines app_main" % rel)
    mounts = []
    for f in sorted(reach):
        var, fields = c_initializer(funcs[f], "esp_vfs_spiffs_conf_t")
        body = funcs[f]
        registered = any(body[i:i + 4] == ["esp_vfs_spiffs_register", "(", "&", var] for i in range(len(body)))
        if var and registered:
            mounts.append((f, c_string(fields.get("partition_label", [])), c_string(fields.get("base_path", []))))
    check(len(mounts) == 1 and mounts[0][1] == storage_name,
          "%s: app_main mounts the partition table's SPIFFS partition \"%s\" (esp_vfs_spiffs_register)"
          % (label, storage_name), str(mounts))
    if mounts and ca_file:
        check(ca_file.startswith(mounts[0][2] + "/"),
              "%s: the TLS roots %s lie on the SPIFFS mount %s" % (label, ca_file, mounts[0][2]))
    if sntp:
        users = [f for f in reach if "esp_netif_sntp_init" in c_calls(funcs[f])]
        check(len(users) == 1 and "CONFIG_TSFW_SNTP_SERVER" in funcs[users[0]] and
              "esp_netif_sntp_sync_wait" in c_calls(funcs[users[0]]),
              "%s: certificate dates are checked, and app_main sets the clock by SNTP from "
              "CONFIG_TSFW_SNTP_SERVER and waits for it (%s)" % (label, ", ".join(users) or "no caller"))


# ---------------------------------------------------------- sdkconfig files
def parse_defaults(rel):
    vals = {}
    for n, line in enumerate(read(rel).split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.fullmatch(r"CONFIG_([A-Z0-9_]+)=(.*)", line)
        if not m:
            vals.setdefault("__bad__", []).append("%s:%d" % (rel, n))
            continue
        vals[m.group(1)] = m.group(2)
    return vals


def sdkconfig_checks(files, sdk_names, own_opts, sdk):
    vals = {}
    for rel in files:
        v = parse_defaults(rel)
        check("__bad__" not in v, "%s: every line is CONFIG_NAME=value" % rel, ", ".join(v.get("__bad__", [])))
        v.pop("__bad__", None)
        vals.update(v)
    unknown = sorted(n for n in vals if n not in sdk_names and n not in own_opts)
    check(not unknown, "%s: every name is a verified %s option or the project's own" % (" + ".join(files), sdk),
          "not verified: " + ", ".join(unknown))
    problems = []
    for name, val in vals.items():
        if name in own_opts:
            typ, rng, deps = own_opts[name]["type"], own_opts[name]["range"], own_opts[name]["depends"]
        elif name in sdk_names:
            typ, rng, dep = sdk_names[name]
            deps = [dep] if dep else []
        else:
            continue
        if typ == "bool" and val not in ("y", "n"):
            problems.append("%s=%s is not y/n" % (name, val))
        if typ == "string" and not re.fullmatch(r'"[^"]*"', val):
            problems.append("%s must be quoted" % name)
        if typ in ("int", "hex"):
            try:
                num = int(val, 0)
            except ValueError:
                problems.append("%s=%s is not a number" % (name, val))
                continue
            if rng and not rng[0] <= num <= rng[1]:
                problems.append("%s=%d outside %s" % (name, num, rng))
        if val != "n":
            for d in deps:
                if vals.get(d) == "n":
                    problems.append("%s is set but %s=n" % (name, d))
    check(not problems, "%s: values typed, in range, dependencies set" % sdk, "; ".join(problems))
    return vals


def tls_checks(vals, sdk):
    """The glue (net/tls_mbed.c) asks for max_fragment_length when the input
    buffer is under 16 KB: 4096, 2048 or 1024 by size.  The buffer must hold
    what it asks for."""
    tin = int(vals.get("MBEDTLS_SSL_IN_CONTENT_LEN", "16384"))
    asked = 0 if tin >= 16384 else (4096 if tin >= 4096 else 2048 if tin >= 2048 else 1024)
    check(asked == 0 or asked <= tin,
          "%s: TLS input %d bytes %s" % (sdk, tin, "(full records)" if not asked else
                                          "holds the max_fragment_length %d the glue asks for" % asked),
          "the glue would ask for %d" % asked)
    check(vals.get("MBEDTLS_DYNAMIC_FREE_CONFIG_DATA", "n") == "n",
          "%s: MBEDTLS_DYNAMIC_FREE_CONFIG_DATA off (the glue shares one ssl config and CA chain)" % sdk)


# ------------------------------------------------------------- partitions
def parse_size(s):
    s = s.strip()
    m = re.fullmatch(r"(0x[0-9a-fA-F]+|\d+)\s*([KkMm]?)", s)
    if not m:
        raise ValueError("bad size %r" % s)
    v = int(m.group(1), 0)
    return v * {"": 1, "k": 1024, "m": 1024 * 1024}[m.group(2).lower()]


def partition_checks(rel, flash_size, esp8266):
    rows, errors = [], []
    offset = 0x8000 + 0x1000           # the table and its one sector
    for n, line in enumerate(read(rel).split("\n"), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        f = [x.strip() for x in line.split(",")]
        if len(f) < 5:
            errors.append("%s:%d: fewer than 5 fields" % (rel, n))
            continue
        name, typ, sub, off, size = f[:5]
        if typ not in ("app", "data"):
            errors.append("%s:%d: type %s" % (rel, n, typ))
            continue
        try:
            sz = parse_size(size)
            align = 0x10000 if typ == "app" else 0x1000
            if off:
                o = parse_size(off)
                if o % align:
                    errors.append("%s: offset 0x%x not aligned to 0x%x" % (name, o, align))
            else:
                o = (offset + align - 1) // align * align
        except ValueError as e:
            errors.append("%s:%d: %s" % (rel, n, e))
            continue
        if o < offset:
            errors.append("%s at 0x%x overlaps the previous partition (ends 0x%x)" % (name, o, offset))
        rows.append((name, typ, sub, o, sz))
        offset = o + sz
    check(not errors, "%s parses (offsets as gen_esp32part.py assigns them, aligned, no overlap)" % rel,
          "; ".join(errors))
    end = max((o + s for _, _, _, o, s in rows), default=0)
    check(end <= flash_size, "%s fits the %d MB flash (ends at 0x%x)" % (rel, flash_size >> 20, end))
    spiffs = [r for r in rows if r[1] == "data" and r[2] == "spiffs"]
    check(len(spiffs) == 1, "%s has one SPIFFS partition (%s)" % (rel, ", ".join(r[0] for r in spiffs)))
    nvs = [r for r in rows if r[2] == "nvs"]
    check(len(nvs) == 1 and nvs[0][4] >= 0x3000, "%s has an NVS partition of at least 12 KB (3 pages)" % rel)
    apps = [r for r in rows if r[1] == "app"]
    check(len(apps) >= 1, "%s has an app partition" % rel)
    if esp8266 and apps:
        check(all(o + s <= 0x100000 for _, _, _, o, s in apps),
              "%s: the app lies in the first 1 MB, which ESP8266_RTOS_SDK maps" % rel)
    return spiffs[0] if len(spiffs) == 1 else None


# ----------------------------------------------------------------- SPIFFS
def spiffs_pages(size, name_len, meta_len=4, page=256):
    """Pages spiffsgen.py writes for one file: an index header page (page
    header 5 bytes, padded to 8 for aligned index tables, size 4, type 1,
    name, meta) whose rest holds 2-byte data page indices, more index pages
    (8-byte header) when those run out, and the data pages (5-byte header)."""
    data = -(-size // (page - 5)) if size else 0
    first = (page - (8 + 4 + 1 + name_len + meta_len)) // 2
    more = (page - 8) // 2
    extra = -(-max(0, data - first) // more)
    return 1 + extra + data


def spiffs_checks(part, name_len, label):
    fsdir = os.path.join(TOP, "fs")
    files = []
    for root, _, names in os.walk(fsdir):
        for nm in names:
            p = os.path.join(root, nm)
            files.append(("/" + os.path.relpath(p, fsdir), os.path.getsize(p)))
    long_names = [n for n, _ in files if len(n.encode()) > name_len - 1]
    check(not long_names, "%s: every fs/ path fits SPIFFS_OBJ_NAME_LEN %d (with its NUL)" % (label, name_len),
          ", ".join(long_names))
    page, block = 256, 4096
    pages_per_block = block // page
    lookup_pages = -(-(pages_per_block * 2) // page)
    usable = (part[4] // block) * (pages_per_block - lookup_pages)
    need = sum(spiffs_pages(s, name_len) for _, s in files)
    check(need <= usable * 3 // 4,
          "%s: fs/ (%d files, %d bytes) needs %d of %d SPIFFS pages, under the 75%% ESP-IDF says is usable"
          % (label, len(files), sum(s for _, s in files), need, usable))


def ca_checks():
    path = os.path.join(TOP, "fs", "ca.pem")
    if not check(os.path.isfile(path), "fs/ca.pem exists (the image's TLS roots, /spiffs/ca.pem)"):
        return
    text = read("fs/ca.pem")
    begins = text.count("-----BEGIN CERTIFICATE-----")
    if shutil.which("openssl") is None:
        check(False, "fs/ca.pem: openssl is needed to parse it")
        return
    p = subprocess.run(["openssl", "crl2pkcs7", "-nocrl", "-certfile", path], capture_output=True)
    q = subprocess.run(["openssl", "pkcs7", "-print_certs", "-noout"], input=p.stdout, capture_output=True)
    parsed = q.stdout.decode(errors="replace").count("subject=")
    check(p.returncode == 0 and q.returncode == 0 and begins > 0 and parsed == begins,
          "fs/ca.pem: %d PEM certificates, all parsed by openssl" % begins,
          "%d parsed of %d" % (parsed, begins))


# ---------------------------------------------------------------- Dockerfile
def parse_dockerfile(rel):
    """-> (global ARG defaults, [stage]); a stage: dict(name, image, args,
    env, runs: [[argv of each shell command]]).  Continuation lines are
    joined, comments dropped; ${VAR} of ARG and ENV values are substituted."""
    logical, cur = [], ""
    for line in read(rel).split("\n"):
        if line.strip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            cur += line.rstrip()[:-1] + " "
            continue
        cur += line
        if cur.strip():
            logical.append(cur.strip())
        cur = ""
    global_args, stages = {}, []
    for instr in logical:
        kw, _, rest = instr.partition(" ")
        kw = kw.upper()
        scope = stages[-1] if stages else None
        known = dict(global_args, **(scope["args"] if scope else {}), **(scope["env"] if scope else {}))
        rest = re.sub(r"\$\{(\w+)\}", lambda m: known.get(m.group(1), m.group(0)), rest)
        if kw == "FROM":
            f = rest.split()
            stages.append({"image": f[0], "name": f[2] if len(f) > 2 and f[1].upper() == "AS" else None,
                           "args": {}, "env": {}, "runs": []})
        elif kw == "ARG":
            name, _, default = rest.partition("=")
            (scope["args"] if scope else global_args)[name] = default or global_args.get(name, "")
        elif kw == "ENV" and scope:
            for pair in shlex.split(rest):
                k, _, v = pair.partition("=")
                scope["env"][k] = v
        elif kw == "RUN" and scope:
            lex = shlex.shlex(rest, posix=True, punctuation_chars="|&;")
            lex.whitespace_split = True
            cmds, argv = [], []
            for tok in lex:
                if tok in ("&&", "||", ";", "|"):
                    cmds.append(argv)
                    argv = []
                else:
                    argv.append(tok)
            cmds.append(argv)
            scope["runs"].append([c for c in cmds if c])
    return global_args, stages


def download_checked_before_unpack(run, tarball):
    """In one RUN: the SHASUMS256.txt line of `tarball` goes to sha256sum -c
    (grep ... | sha256sum -c -), before tar unpacks the tarball."""
    checked = unpacked = None
    for i, argv in enumerate(run):
        if argv[0] == "grep" and any(a.replace("\\$", "$").strip().rstrip("$").endswith(tarball) for a in argv[1:-1]) and \
                argv[-1] == "SHASUMS256.txt" and i + 1 < len(run) and run[i + 1][:2] == ["sha256sum", "-c"]:
            checked = i
        if argv[0] == "tar" and tarball in argv and unpacked is None:
            unpacked = i
    return checked is not None and unpacked is not None and checked < unpacked


def dockerfile_checks():
    global_args, stages = parse_dockerfile("Dockerfile")
    by_name = {st["name"]: st for st in stages}
    tag = global_args.get("IDF_TAG", "")
    esp32, esp8266 = by_name.get("esp32"), by_name.get("esp8266")
    check(re.fullmatch(r"v5\.\d+\.\d+", tag) is not None and esp32 is not None and
          esp32["image"] == "espressif/idf:" + tag,
          "Dockerfile: the esp32 stage is FROM espressif/idf pinned to a v5.x.y release (%s)" % tag)
    check(all(":" in st["image"] and not re.search(r":(latest|release-|master)", st["image"]) for st in stages),
          "Dockerfile: every stage's image has a fixed tag (%s)" % ", ".join(st["image"] for st in stages))
    if esp8266 is None:
        check(False, "Dockerfile: an esp8266 stage")
        return
    sdk_tag = esp8266["args"].get("SDK_TAG", "")
    clones = [argv for run in esp8266["runs"] for argv in run
              if argv[:2] == ["git", "clone"] and any("espressif/ESP8266_RTOS_SDK" in a for a in argv)]
    check(len(clones) == 1 and re.fullmatch(r"v3\.\d+(\.\d+)?", sdk_tag) is not None and
          clones[0][clones[0].index("--branch") + 1] == sdk_tag and clones[0][-1] == esp8266["env"].get("IDF_PATH"),
          "Dockerfile: ESP8266_RTOS_SDK cloned at its %s tag into IDF_PATH" % sdk_tag, str(clones))
    for st in (esp32, esp8266):
        ver = st["args"].get("NODE_VERSION", "")
        runs = [run for run in st["runs"] if any(argv[0] == "tar" and any("node-v" in a for a in argv) for argv in run)]
        tarballs = [a for run in runs for argv in run if argv[0] == "tar" for a in argv if a.startswith("node-v")]
        check(len(runs) == 1 and len(tarballs) == 1 and re.fullmatch(r"20\.\d+\.\d+", ver) is not None and
              tarballs[0].startswith("node-v%s-linux-" % ver) and download_checked_before_unpack(runs[0], tarballs[0]),
              "Dockerfile %s: Node.js %s is checked against SHASUMS256.txt before it is unpacked" % (st["name"], ver))
        lldir, llinc = st["env"].get("LLHTTP_DIR", ""), st["env"].get("LLHTTP_INCLUDE_DIR", "")
        tests = [argv for run in st["runs"] for argv in run if argv[:2] == ["test", "-f"]]
        llver = st["args"].get("LLHTTP_VERSION", "")
        fetched = any("nodejs/llhttp/archive/refs/tags/release/v%s.tar.gz" % llver in a
                      for run in st["runs"] for argv in run for a in argv)
        check(fetched and ["test", "-f", lldir + "/llhttp.c"] in tests and ["test", "-f", llinc + "/llhttp.h"] in tests,
              "Dockerfile %s: llhttp %s fetched, and its sources checked where LLHTTP_DIR and LLHTTP_INCLUDE_DIR "
              "point (%s, %s)" % (st["name"], llver, lldir, llinc))
        deb = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "node-llhttp"], capture_output=True, text=True)
        check(deb.stdout.split("~")[0] == llver,
              "Dockerfile %s: llhttp %s is the version of Debian's node-llhttp (%s) of the host build"
              % (st["name"], llver, deb.stdout))
    gen = esp8266["env"].get("SPIFFSGEN", "")
    fetch = [argv for run in esp8266["runs"] for argv in run if argv[0] == "curl" and "-o" in argv and
             argv[argv.index("-o") + 1] == gen]
    url = "https://raw.githubusercontent.com/espressif/esp-idf/%s/components/spiffs/spiffsgen.py" % tag
    check(gen != "" and len(fetch) == 1 and url in fetch[0] and esp8266["args"].get("IDF_SPIFFSGEN_TAG") == tag,
          "Dockerfile: the esp8266 stage's SPIFFSGEN (%s) is spiffsgen.py of the same ESP-IDF tag (%s)" % (gen, tag))


# --------------------------------------------------------------- CMake run
MOCK = r'''
cmake_minimum_required(VERSION 3.16)
project(tsfw_firmware_mock C)
set(RESULT ${CMAKE_BINARY_DIR}/result.txt)
file(WRITE ${RESULT} "")
function(idf_build_get_property var prop)
    if(prop STREQUAL "IDF_TARGET")
        set(${var} ${MOCK_TARGET} PARENT_SCOPE)
    endif()
endfunction()
macro(idf_component_register)
    cmake_parse_arguments(reg "" "" "SRCS;INCLUDE_DIRS;REQUIRES;PRIV_REQUIRES" ${ARGN})
    get_filename_component(comp ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(COMPONENT_LIB mock_${comp})
    add_library(${COMPONENT_LIB} OBJECT ${MOCK_EMPTY_SRC})
    foreach(s ${reg_SRCS})
        get_filename_component(a ${s} ABSOLUTE)
        file(APPEND ${RESULT} "src ${comp} ${a}\n")
    endforeach()
    foreach(r ${reg_REQUIRES} ${reg_PRIV_REQUIRES})
        file(APPEND ${RESULT} "requires ${comp} ${r}\n")
    endforeach()
    foreach(i ${reg_INCLUDE_DIRS})
        get_filename_component(a ${i} ABSOLUTE)
        file(APPEND ${RESULT} "include ${comp} ${a}\n")
    endforeach()
endmacro()
function(add_custom_target name)
    string(REPLACE ";" " " args "${ARGN}")
    file(APPEND ${RESULT} "custom ${name} ${args}\n")
endfunction()
if(MOCK_TARGET STREQUAL "esp32")
    function(spiffs_create_partition_image partition base_dir)
        get_filename_component(a ${base_dir} ABSOLUTE)
        file(APPEND ${RESULT} "spiffs ${partition} ${a} ${ARGN}\n")
    endfunction()
endif()
# the sdkconfig values, as ESP-IDF gives them to component CMakeLists
file(STRINGS ${MOCK_SDKCONFIG} lines REGEX "^CONFIG_")
foreach(l ${lines})
    string(REGEX MATCH "^(CONFIG_[A-Z0-9_]+)=(.*)$" m "${l}")
    set(${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
endforeach()
add_subdirectory(${MOCK_RUNTIME} runtime)
add_subdirectory(${MOCK_MAIN} main)
# components/pcre2: the RegExp engine, built only for an app that uses a RegExp
add_subdirectory(${MOCK_PCRE2} pcre2)
get_target_property(pcre2_defs mock_pcre2 COMPILE_DEFINITIONS)
get_target_property(pcre2_pub mock_pcre2 INTERFACE_COMPILE_DEFINITIONS)
get_target_property(pcre2_opts mock_pcre2 COMPILE_OPTIONS)
file(APPEND ${RESULT} "pcre2defs ${pcre2_defs};${pcre2_pub}\npcre2opts ${pcre2_opts}\n")
# the runtime's PUBLIC definitions reach whoever links it, as in ESP-IDF
add_executable(probe ${MOCK_PROBE_SRC})
target_link_libraries(probe mock_runtime)
'''
PROBE = r'''
#include <stdio.h>
int main(void) {
#ifdef TSFW_CA_FILE_DEFAULT
    printf("ca %s\n", TSFW_CA_FILE_DEFAULT);
#endif
#ifdef TSFW_TLS_IN_LEN
    printf("in %d\nout %d\n", TSFW_TLS_IN_LEN, TSFW_TLS_OUT_LEN);
#endif
#ifdef LLHTTP_STRICT_MODE
    printf("strict %d\n", LLHTTP_STRICT_MODE);
#endif
    return 0;
}
'''


def cmake_checks(target, sdkconfig_vals, storage, parts=None):
    """-> the TLS roots' path the runtime is compiled with (TSFW_CA_FILE_DEFAULT). With `parts`
    (generated/app.parts: what `tsfw emit` writes for an app that uses a RegExp), checks the
    runtime's regexp part and components/pcre2 instead."""
    if shutil.which("cmake") is None or shutil.which("cc") is None:
        check(False, "%s CMake files: cmake and cc are needed" % target)
        return None
    tmp = tempfile.mkdtemp(prefix="tsfw-fwcheck-")
    try:
        # a mirror of the tree where generated/app.c exists (a stand-in);
        # firmware/ is copied, since its CMakeLists reach ../generated and
        # ../fs, which the OS would resolve past a symlink
        mirror = os.path.join(tmp, "tree")
        os.makedirs(os.path.join(mirror, "generated"))
        open(os.path.join(mirror, "generated", "app.c"), "w").close()
        with open(os.path.join(mirror, "generated", "app.parts"), "w") as f:
            f.write("".join(p + "\n" for p in (parts or [])))
        shutil.copytree(os.path.join(TOP, "firmware"), os.path.join(mirror, "firmware"))
        # the components read ../../generated/app.parts: copied too (scripts/ is reached as is)
        shutil.copytree(os.path.join(TOP, "components"), os.path.join(mirror, "components"))
        for d in ("fs", "scripts"):
            os.symlink(os.path.join(TOP, d), os.path.join(mirror, d))
        with open(os.path.join(tmp, "CMakeLists.txt"), "w") as f:
            f.write(MOCK)
        probe = os.path.join(tmp, "probe.c")
        with open(probe, "w") as f:
            f.write(PROBE)
        empty = os.path.join(tmp, "empty.c")
        with open(empty, "w") as f:
            f.write("typedef int mock_empty;\n")
        cfg = os.path.join(tmp, "sdkconfig")
        with open(cfg, "w") as f:
            for k, v in sdkconfig_vals.items():
                f.write("CONFIG_%s=%s\n" % (k, v))
        main = os.path.join(mirror, "firmware") if target == "esp32" else \
            os.path.join(mirror, "firmware", "esp8266", "main")
        env = dict(os.environ)
        env.pop("IDF_PATH", None)
        env["SPIFFSGEN"] = "/opt/spiffsgen.py"
        # the mirror builds PCRE2 afresh: from this checkout's downloads when it has them
        env.setdefault("PCRE2_DL_DIR", os.path.join(TOP, "build", "pcre2", "dl"))
        b = os.path.join(tmp, "build")
        r = subprocess.run(["cmake", "-S", tmp, "-B", b, "-DMOCK_TARGET=" + target,
                            "-DMOCK_RUNTIME=" + os.path.join(mirror, "components", "runtime"),
                            "-DMOCK_MAIN=" + main, "-DMOCK_PCRE2=" + os.path.join(mirror, "components", "pcre2"), "-DMOCK_SDKCONFIG=" + cfg, "-DMOCK_PROBE_SRC=" + probe, "-DMOCK_EMPTY_SRC=" + empty],
                           capture_output=True, text=True, env=env)
        if not check(r.returncode == 0, "%s: the component CMakeLists run (ESP-IDF functions stood in for)" % target,
                     (r.stderr or r.stdout).strip()[-600:]):
            return None
        r2 = subprocess.run(["cmake", "--build", b, "--target", "probe"], capture_output=True, text=True)
        out = subprocess.run([os.path.join(b, "probe")], capture_output=True, text=True).stdout \
            if r2.returncode == 0 else ""
        res = open(os.path.join(b, "result.txt")).read().split("\n")
        if not regexp_checks(target, res, parts or []):
            return None
        if parts:
            return None
        reqs = {l.split(" ")[2] for l in res if l.startswith("requires ")}
        unknown = sorted(reqs - COMPONENTS[target])
        check(not unknown, "%s: REQUIRES name components of that SDK (%s)" % (target, " ".join(sorted(reqs))),
              "unknown: " + ", ".join(unknown))
        ca = [l[3:] for l in out.split("\n") if l.startswith("ca ")]
        check(len(ca) == 1, "%s: TSFW_CA_FILE_DEFAULT reaches the code that links the runtime" % target, out.strip())
        tin = sdkconfig_vals.get("MBEDTLS_SSL_IN_CONTENT_LEN", "16384")
        tout = sdkconfig_vals.get("MBEDTLS_SSL_OUT_CONTENT_LEN", "16384")
        check("in %s" % tin in out and "out %s" % tout in out,
              "%s: TSFW_TLS_IN_LEN/OUT_LEN = sdkconfig's %s/%s" % (target, tin, tout), out.strip())
        fs_dir = os.path.realpath(os.path.join(TOP, "fs"))
        if target == "esp32":
            sp = [l.split(" ") for l in res if l.startswith("spiffs ")]
            check(len(sp) == 1 and sp[0][1] == storage[0] and os.path.realpath(sp[0][2]) == fs_dir and
                  "FLASH_IN_PROJECT" in sp[0][3:],
                  "esp32: spiffs_create_partition_image(%s <repo>/fs FLASH_IN_PROJECT)" % storage[0], str(sp))
        else:
            # SDK 3.4 has no spiffs_create_partition_image: a target runs spiffsgen.py
            cmds = [l.split(" ") for l in res if l.startswith("custom ")]
            gen = [c[c.index("COMMAND") + 1:] for c in cmds if "COMMAND" in c]
            gen = [g for g in gen if len(g) > 4 and g[1] == env["SPIFFSGEN"]]
            opt = lambda g, name: g[g.index(name) + 1] if name in g else None
            check(len(gen) == 1 and int(gen[0][2], 0) == storage[4] and os.path.realpath(gen[0][3]) == fs_dir and
                  opt(gen[0], "--page-size") == "256" and opt(gen[0], "--block-size") == "4096" and
                  opt(gen[0], "--obj-name-len") == sdkconfig_vals.get("SPIFFS_OBJ_NAME_LEN", "32"),
                  "esp8266: a spiffsgen.py target makes the image of <repo>/fs, of the %s partition's size (0x%x), "
                  "with the SDK's page, block and name sizes" % (storage[0], storage[4]), str(gen))
        return ca[0] if len(ca) == 1 else None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def regexp_checks(target, res, parts):
    """The runtime's regexp part and components/pcre2 (PCRE2 from Debian's source, -Os, function
    sections, no JIT) are built exactly for an app whose generated/app.parts names regexp."""
    label = "%s, app %s" % (target, "+".join(parts) if parts else "without RegExp")
    srcs = [l.split(" ") for l in res if l.startswith("src ")]
    rt_regexp = sorted(os.path.basename(p) for c, p in ((x[1], x[2]) for x in srcs) if c == "runtime" and "/regexp/" in p)
    pcre2 = [x[2] for x in srcs if x[1] == "pcre2"]
    reqs = {(l.split(" ")[1], l.split(" ")[2]) for l in res if l.startswith("requires ")}
    defs = set(next((l[10:] for l in res if l.startswith("pcre2defs ")), "").split(";"))
    opts = set(next((l[10:] for l in res if l.startswith("pcre2opts ")), "").split(";"))
    if "regexp" not in parts:
        return check(not rt_regexp and not pcre2 and ("runtime", "pcre2") not in reqs,
                     "%s: neither the regexp part nor PCRE2 is built" % label, "%s %s" % (rt_regexp, pcre2))
    ok = check(rt_regexp == ["regexp.c", "regexp_syntax.c"] and ("runtime", "pcre2") in reqs,
               "%s: the runtime builds its regexp part (manifest build esp-idf-regexp) and REQUIRES pcre2" % label,
               str(rt_regexp))
    names = {os.path.basename(p) for p in pcre2}
    ok &= check(len(pcre2) == 27 and all(os.path.isfile(p) for p in pcre2) and "pcre2_match.c" in names and
                "pcre2_jit_compile.c" in names,
                "%s: components/pcre2 compiles the 27 sources of PCRE2's 16-bit library, prepared by "
                "scripts/pcre2-src.sh source" % label, "%d sources" % len(pcre2))
    unicode = "pcre2-nounicode" not in parts
    ok &= check("PCRE2_CODE_UNIT_WIDTH=16" in defs and "SUPPORT_JIT" not in defs and
                ("SUPPORT_UNICODE" in defs) == unicode,
                "%s: PCRE2 16-bit, no JIT, %s Unicode" % (label, "with" if unicode else "without"), str(sorted(defs)))
    ok &= check({"-Os", "-ffunction-sections", "-fdata-sections"} <= opts,
                "%s: PCRE2 at -Os with function and data sections" % label, str(sorted(opts)))
    return ok


def make_variable(makefile, name):
    """A variable's value as make evaluates it."""
    r = subprocess.run(["make", "-s", "--no-print-directory", "-f", makefile, "--eval", "print-var: ; @echo $(%s)" % name,
                        "print-var"], capture_output=True, text=True, cwd=TOP)
    return r.stdout.strip()


def main():
    os.chdir(TOP)
    # ---- ESP-IDF 5.2 (ESP32 / ESP32-C3)
    own = kconfig_checks("firmware/Kconfig.projbuild", IDF52, ["firmware/app_main.c"])
    vals = sdkconfig_checks(["sdkconfig.defaults", "sdkconfig.defaults.qemu"], IDF52, own, "ESP-IDF 5.2")
    base = parse_defaults("sdkconfig.defaults")
    tls_checks(base, "ESP-IDF 5.2")
    check(base.get("ESPTOOLPY_FLASHSIZE_4MB") == "y" and base.get("PARTITION_TABLE_CUSTOM") == "y" and
          base.get("PARTITION_TABLE_CUSTOM_FILENAME") == '"partitions.csv"',
          "ESP-IDF 5.2: 4 MB flash, custom table partitions.csv")
    storage = partition_checks("partitions.csv", 4 << 20, False)
    if storage:
        spiffs_checks(storage, int(vals.get("SPIFFS_OBJ_NAME_LEN", "32")), "ESP32")
        ca = cmake_checks("esp32", base, storage)
        cmake_checks("esp32", base, storage, ["regexp"])
        cmake_checks("esp32", base, storage, ["regexp", "pcre2-nounicode"])
        app_main_checks("firmware/app_main.c", "ESP-IDF 5.2", storage[0], ca,
                        sntp=base.get("MBEDTLS_HAVE_TIME_DATE") == "y")

    # ---- ESP8266_RTOS_SDK 3.4
    own8 = kconfig_checks("firmware/esp8266/main/Kconfig.projbuild", ESP8266_SDK,
                          ["firmware/esp8266/main/app_main_esp8266.c"])
    v8 = sdkconfig_checks(["firmware/esp8266/sdkconfig.defaults"], ESP8266_SDK, own8, "ESP8266_RTOS_SDK 3.4")
    tls_checks(v8, "ESP8266_RTOS_SDK 3.4")
    name8 = int(v8.get("SPIFFS_OBJ_NAME_LEN", "32"))
    check(name8 + 4 + 64 <= 256, "ESP8266: SPIFFS name %d + meta 4 + 64 <= 256-byte page (spiffs_config.h)" % name8)
    storage8 = partition_checks("firmware/esp8266/partitions.csv", 4 << 20, True)
    if storage8:
        spiffs_checks(storage8, name8, "ESP8266")
        offset = make_variable("mk/firmware.mk", "FW_ESP8266_STORAGE_OFFSET")
        check(re.fullmatch(r"0x[0-9a-fA-F]+|\d+", offset) is not None and int(offset, 0) == storage8[3],
              "ESP8266: make flash writes storage.bin at the %s partition's offset (0x%x; mk/firmware.mk: %s)"
              % (storage8[0], storage8[3], offset))
        ca8 = cmake_checks("esp8266", v8, storage8)
        cmake_checks("esp8266", v8, storage8, ["regexp", "pcre2-nounicode"])
        app_main_checks("firmware/esp8266/main/app_main_esp8266.c", "ESP8266_RTOS_SDK 3.4", storage8[0], ca8,
                        sntp=False)

    ca_checks()
    dockerfile_checks()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
