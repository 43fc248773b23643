#!/usr/bin/env python3
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
     TLS glue's max_fragment_length request (net/tls.c).
  2. Kconfig.projbuild (both): menu/endmenu balance, one type per option,
     defaults of that type and inside "range", "depends on" symbols that
     exist; every CONFIG_TSFW_* used by app_main is declared.
  3. partitions.csv (both): offsets as gen_esp32part.py assigns them (table
     at 0x8000, data aligned to 4 KB, apps to 64 KB), no overlap, inside the
     4 MB flash, one SPIFFS partition "storage" as app_main mounts it; on
     ESP8266 the app inside the first 1 MB the SDK maps.
  4. the SPIFFS image: every fs/ file name fits SPIFFS_OBJ_NAME_LEN, and the
     pages spiffsgen.py needs for fs/ (ca.pem included, which must hold
     parseable certificates) stay under 75% of the partition (ESP-IDF's
     SPIFFS documentation: only about 75% of the space is reliably usable).
  5. Dockerfile: espressif/idf pinned to a v5.x.y tag, the SDK cloned at a
     v3.x tag, Node.js checked against SHASUMS256, spiffsgen.py from the
     same ESP-IDF tag.
  6. the CMake files, run by cmake against stand-ins for the ESP-IDF
     functions (for each of esp32 and esp8266; which sources the runtime
     component compiles is checked against components/runtime/manifest.json
     by tests/runners/manifest.test.ts): REQUIRES name components that exist in that
     SDK; a probe compiled with the component's definitions sees
     TSFW_CA_FILE_DEFAULT == "/spiffs/ca.pem" and TSFW_TLS_IN_LEN/OUT_LEN
     equal to the sdkconfig values; the SPIFFS image is made from fs/.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

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
    """-> (options {name: dict(type, default, range, depends)}, errors)"""
    opts, errors, depth, cur = {}, [], 0, None
    in_help, help_indent = False, 0
    for n, raw in enumerate(read(rel).split("\n"), 1):
        line = raw.rstrip()
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if in_help:
            if stripped == "" or indent > help_indent:
                continue
            in_help = False
        if stripped == "" or stripped.startswith("#"):
            continue
        words = stripped.split(None, 1)
        kw, rest = words[0], (words[1] if len(words) > 1 else "")
        if kw == "menu":
            if not re.fullmatch(r'"[^"]*"', rest):
                errors.append("%s:%d: menu needs a quoted title" % (rel, n))
            depth += 1
            cur = None
        elif kw == "endmenu":
            depth -= 1
            cur = None
            if depth < 0:
                errors.append("%s:%d: endmenu without menu" % (rel, n))
        elif kw in ("config", "menuconfig"):
            if not re.fullmatch(r"[A-Z0-9_]+", rest):
                errors.append("%s:%d: bad option name %r" % (rel, n, rest))
            if rest in opts:
                errors.append("%s:%d: %s declared twice" % (rel, n, rest))
            if depth == 0:
                errors.append("%s:%d: %s outside any menu" % (rel, n, rest))
            cur = opts.setdefault(rest, {"type": None, "default": None, "range": None, "depends": [], "line": n})
        elif kw in ("bool", "int", "string", "hex"):
            if cur is None:
                errors.append("%s:%d: type outside a config" % (rel, n))
            elif cur["type"]:
                errors.append("%s:%d: second type for an option" % (rel, n))
            else:
                cur["type"] = kw
                if rest and not re.fullmatch(r'"[^"]*"', rest):
                    errors.append("%s:%d: prompt must be quoted" % (rel, n))
        elif kw == "default" and cur is not None:
            cur["default"] = rest
        elif kw == "range" and cur is not None:
            m = re.fullmatch(r"(-?\w+)\s+(-?\w+)", rest)
            if not m:
                errors.append("%s:%d: bad range" % (rel, n))
            else:
                cur["range"] = (int(m.group(1), 0), int(m.group(2), 0))
        elif kw == "depends" and cur is not None:
            cur["depends"] += re.findall(r"[A-Z][A-Z0-9_]+", rest.replace("on ", "", 1))
        elif kw == "help":
            in_help, help_indent = True, indent
        else:
            errors.append("%s:%d: unexpected %r" % (rel, n, stripped))
    if depth != 0:
        errors.append("%s: %d menu(s) not closed with endmenu" % (rel, depth))
    for name, o in opts.items():
        where = "%s:%d: %s" % (rel, o["line"], name)
        if not o["type"]:
            errors.append(where + " has no type")
            continue
        d = o["default"]
        if d is None:
            continue
        if o["type"] == "bool" and d not in ("y", "n"):
            errors.append(where + " bool default %r" % d)
        if o["type"] == "string" and not re.fullmatch(r'"[^"]*"', d):
            errors.append(where + " string default must be quoted")
        if o["type"] in ("int", "hex"):
            try:
                v = int(d, 0)
            except ValueError:
                errors.append(where + " default %r is not a number" % d)
                continue
            if o["range"] and not o["range"][0] <= v <= o["range"][1]:
                errors.append(where + " default %d outside range %s" % (v, o["range"]))
    return opts, errors


def kconfig_checks(rel, sdk_names, sources):
    opts, errors = parse_kconfig(rel)
    check(not errors, "%s parses (menus closed, typed options, defaults in range)" % rel, "; ".join(errors))
    known = set(opts) | set(sdk_names)
    bad = sorted({d for o in opts.values() for d in o["depends"] if d not in known})
    check(not bad, "%s: every 'depends on' names an existing option" % rel, ", ".join(bad))
    used = set()
    for src in sources:
        used |= set(re.findall(r"CONFIG_(TSFW_[A-Z0-9_]+)", read(src)))
    missing = sorted(used - set(opts))
    check(not missing, "%s declares every CONFIG_TSFW_* that %s uses" % (rel, ", ".join(sources)),
          "missing: " + ", ".join(missing))
    return opts


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
    """The glue (net/tls.c) asks for max_fragment_length when the input
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
    check(len(spiffs) == 1 and spiffs[0][0] == "storage",
          "%s has one SPIFFS partition, named \"storage\" (app_main mounts that label)" % rel,
          str([r[0] for r in spiffs]))
    nvs = [r for r in rows if r[2] == "nvs"]
    check(len(nvs) == 1 and nvs[0][4] >= 0x3000, "%s has an NVS partition of at least 12 KB (3 pages)" % rel)
    apps = [r for r in rows if r[1] == "app"]
    check(len(apps) >= 1, "%s has an app partition" % rel)
    if esp8266 and apps:
        check(all(o + s <= 0x100000 for _, _, _, o, s in apps),
              "%s: the app lies in the first 1 MB, which ESP8266_RTOS_SDK maps" % rel)
    return {r[0]: r for r in rows}


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
def dockerfile_checks():
    d = read("Dockerfile")
    m = re.search(r"^ARG IDF_TAG=(\S+)", d, re.M)
    tag = m.group(1) if m else ""
    check(re.fullmatch(r"v5\.\d+\.\d+", tag) is not None and
          re.search(r"^FROM espressif/idf:\$\{IDF_TAG\} AS esp32", d, re.M) is not None,
          "Dockerfile: the esp32 stage is FROM espressif/idf pinned to a v5.x.y release (%s)" % tag)
    check(re.search(r"espressif/idf:(latest|release-|master)", d) is None, "Dockerfile: no moving espressif/idf tag")
    m = re.search(r"^ARG SDK_TAG=(\S+)", d, re.M)
    check(m is not None and re.fullmatch(r"v3\.\d+(\.\d+)?", m.group(1)) is not None and
          "--branch ${SDK_TAG}" in d, "Dockerfile: ESP8266_RTOS_SDK cloned at a v3.x tag")
    check(d.count("sha256sum -c") >= 2, "Dockerfile: both Node.js downloads checked against SHASUMS256.txt")
    m = re.search(r"^ARG IDF_SPIFFSGEN_TAG=(\S+)", d, re.M)
    check(m is not None and m.group(1) == tag and "ENV SPIFFSGEN=" in d,
          "Dockerfile: the esp8266 stage's spiffsgen.py comes from the same ESP-IDF tag (%s)" % tag)
    check(d.count("test -f /opt/llhttp/src/llhttp.c") >= 2, "Dockerfile: both stages check the llhttp sources")


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
# the runtime's PUBLIC definitions reach whoever links it, as in ESP-IDF
add_executable(probe ${MOCK_PROBE_SRC})
target_link_libraries(probe mock_runtime)
if(TARGET tsfw_spiffs_storage)
    file(APPEND ${RESULT} "spiffsgen-target\n")
endif()
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


def cmake_checks(target, sdkconfig_vals):
    if shutil.which("cmake") is None or shutil.which("cc") is None:
        check(False, "%s CMake files: cmake and cc are needed" % target)
        return
    tmp = tempfile.mkdtemp(prefix="tsfw-fwcheck-")
    try:
        # a mirror of the tree where generated/app.c exists (a stand-in);
        # firmware/ is copied, since its CMakeLists reach ../generated and
        # ../fs, which the OS would resolve past a symlink
        mirror = os.path.join(tmp, "tree")
        os.makedirs(os.path.join(mirror, "generated"))
        open(os.path.join(mirror, "generated", "app.c"), "w").close()
        shutil.copytree(os.path.join(TOP, "firmware"), os.path.join(mirror, "firmware"))
        for d in ("components", "fs"):
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
        b = os.path.join(tmp, "build")
        r = subprocess.run(["cmake", "-S", tmp, "-B", b, "-DMOCK_TARGET=" + target,
                            "-DMOCK_RUNTIME=" + os.path.join(mirror, "components", "runtime"),
                            "-DMOCK_MAIN=" + main, "-DMOCK_SDKCONFIG=" + cfg, "-DMOCK_PROBE_SRC=" + probe, "-DMOCK_EMPTY_SRC=" + empty],
                           capture_output=True, text=True, env=env)
        if not check(r.returncode == 0, "%s: the component CMakeLists run (ESP-IDF functions stood in for)" % target,
                     (r.stderr or r.stdout).strip()[-600:]):
            return
        r2 = subprocess.run(["cmake", "--build", b, "--target", "probe"], capture_output=True, text=True)
        out = subprocess.run([os.path.join(b, "probe")], capture_output=True, text=True).stdout \
            if r2.returncode == 0 else ""
        res = open(os.path.join(b, "result.txt")).read().split("\n")
        reqs = {l.split(" ")[2] for l in res if l.startswith("requires ")}
        unknown = sorted(reqs - COMPONENTS[target])
        check(not unknown, "%s: REQUIRES name components of that SDK (%s)" % (target, " ".join(sorted(reqs))),
              "unknown: " + ", ".join(unknown))
        check("ca /spiffs/ca.pem" in out.split("\n"),
              "%s: TSFW_CA_FILE_DEFAULT is \"/spiffs/ca.pem\" where tls.h is compiled" % target, out.strip())
        tin = sdkconfig_vals.get("MBEDTLS_SSL_IN_CONTENT_LEN", "16384")
        tout = sdkconfig_vals.get("MBEDTLS_SSL_OUT_CONTENT_LEN", "16384")
        check("in %s" % tin in out and "out %s" % tout in out,
              "%s: TSFW_TLS_IN_LEN/OUT_LEN = sdkconfig's %s/%s" % (target, tin, tout), out.strip())
        if target == "esp32":
            sp = [l for l in res if l.startswith("spiffs ")]
            check(len(sp) == 1 and sp[0].split(" ")[1] == "storage" and
                  os.path.realpath(sp[0].split(" ")[2]) == os.path.realpath(os.path.join(TOP, "fs")) and
                  "FLASH_IN_PROJECT" in sp[0],
                  "esp32: spiffs_create_partition_image(storage <repo>/fs FLASH_IN_PROJECT)", str(sp))
        else:
            check("spiffsgen-target" in res,
                  "esp8266: without spiffs_create_partition_image, a spiffsgen.py target makes the image")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    os.chdir(TOP)
    # ---- ESP-IDF 5.2 (ESP32 / ESP32-C3)
    own = kconfig_checks("firmware/Kconfig.projbuild", IDF52, ["firmware/app_main.c"])
    vals = sdkconfig_checks(["sdkconfig.defaults", "sdkconfig.defaults.qemu"], IDF52, own, "ESP-IDF 5.2")
    base = parse_defaults("sdkconfig.defaults")
    tls_checks(base, "ESP-IDF 5.2")
    if base.get("MBEDTLS_HAVE_TIME_DATE") == "y":
        check("esp_netif_sntp_init" in read("firmware/app_main.c"),
              "ESP-IDF 5.2: certificate dates are checked and app_main sets the clock by SNTP")
    check(base.get("ESPTOOLPY_FLASHSIZE_4MB") == "y" and base.get("PARTITION_TABLE_CUSTOM") == "y" and
          base.get("PARTITION_TABLE_CUSTOM_FILENAME") == '"partitions.csv"',
          "ESP-IDF 5.2: 4 MB flash, custom table partitions.csv")
    parts = partition_checks("partitions.csv", 4 << 20, False)
    app = read("firmware/app_main.c")
    check('.partition_label = "storage"' in app and '.base_path = "/spiffs"' in app,
          "app_main.c mounts the \"storage\" partition at /spiffs")
    if "storage" in parts:
        spiffs_checks(parts["storage"], int(vals.get("SPIFFS_OBJ_NAME_LEN", "32")), "ESP32")
    cmake_checks("esp32", base)

    # ---- ESP8266_RTOS_SDK 3.4
    own8 = kconfig_checks("firmware/esp8266/main/Kconfig.projbuild", ESP8266_SDK,
                          ["firmware/esp8266/main/app_main_esp8266.c"])
    v8 = sdkconfig_checks(["firmware/esp8266/sdkconfig.defaults"], ESP8266_SDK, own8, "ESP8266_RTOS_SDK 3.4")
    tls_checks(v8, "ESP8266_RTOS_SDK 3.4")
    name8 = int(v8.get("SPIFFS_OBJ_NAME_LEN", "32"))
    check(name8 + 4 + 64 <= 256, "ESP8266: SPIFFS name %d + meta 4 + 64 <= 256-byte page (spiffs_config.h)" % name8)
    parts8 = partition_checks("firmware/esp8266/partitions.csv", 4 << 20, True)
    if "storage" in parts8:
        spiffs_checks(parts8["storage"], name8, "ESP8266")
        st = parts8["storage"]
        cm = read("firmware/esp8266/main/CMakeLists.txt")
        m = re.search(r"set\(storage_size (\S+)\)", cm)
        check(m is not None and int(m.group(1), 0) == st[4],
              "ESP8266: the spiffsgen.py image size is the storage partition's (0x%x)" % st[4])
        fm = read("mk/firmware.mk")
        m = re.search(r"FW_ESP8266_STORAGE_OFFSET := (\S+)", fm)
        check(m is not None and int(m.group(1), 0) == st[3],
              "ESP8266: make flash writes storage.bin at the storage partition's offset (0x%x)" % st[3])
    cmake_checks("esp8266", v8)

    ca_checks()
    dockerfile_checks()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
