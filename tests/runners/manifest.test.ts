/**
 * The runtime's build is described once, in components/runtime/manifest.json.
 * Every build must compile exactly the sources of its manifest build, with the
 * manifest's flags:
 *  - the host build (build.ts): the compile units in the DWARF of its library;
 *  - the make builds (cmocka suites, C test tools, fuzzers, emulated targets):
 *    the compile commands make prints for a forced dry run (make -n -B);
 *  - the ESP-IDF component: its CMakeLists.txt evaluated by cmake -P with the
 *    ESP-IDF functions stood in for.
 * And every C file under components/runtime belongs to a part of the manifest.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { runtimeDir, runtimeLibrary } from "../../ts/compiler/src/build";
import { plain, root, run, workDir } from "./common";

interface Part {
  name: string;
  srcs: string[];
  cflags: string[];
}
interface Manifest {
  manifest: { cflags: string[]; parts: Record<string, { srcs: string[]; entry?: string; dir?: unknown }> };
  resolve(build: string): { parts: Part[]; entry?: string };
  sources(build: string): string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const m = require(path.join(runtimeDir, "manifest.js")) as Manifest;

/** Each source of a build with the flags the manifest gives it. */
function expected(build: string): Map<string, string[]> {
  const r = m.resolve(build);
  const out = new Map<string, string[]>();
  for (const p of r.parts) for (const s of p.srcs) out.set(s, p.cflags);
  if (r.entry) out.set(r.entry, m.manifest.cflags);
  return out;
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const isRuntimeOrThirdParty = (f: string, build: string) =>
  f.startsWith(runtimeDir + "/") || m.sources(build).includes(f);

describe("manifest: the runtime's build, described once", () => {
  it("every C file under components/runtime belongs to a part", () => {
    const listed = new Set(
      Object.values(m.manifest.parts)
        .filter((p) => p.dir === undefined)
        .flatMap((p) => [...p.srcs, ...(p.entry ? [p.entry] : [])]),
    );
    const walk = (d: string): string[] =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const files = walk(runtimeDir)
      .filter((f) => f.endsWith(".c"))
      .map((f) => path.relative(runtimeDir, f));
    assert.deepEqual(
      files.filter((f) => !listed.has(f)),
      [],
      "C files no part of manifest.json names",
    );
    assert.deepEqual(
      [...listed].filter((f) => !fs.existsSync(path.join(runtimeDir, f))),
      [],
      "manifest.json names files that do not exist",
    );
  });

  it("host (build.ts): the library's compile units are the manifest's, all C99", async () => {
    const lib = runtimeLibrary(plain);
    const r = await run("readelf", ["--debug-dump=info", "--dwarf-depth=1", lib], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    const names: string[] = [];
    const producers: string[] = [];
    for (const line of r.stdout.split("\n")) {
      const n = /DW_AT_name\s*:.*?: (\S+\.c)$/.exec(line);
      if (n) names.push(n[1]);
      const p = /DW_AT_producer\s*:.*?: (.*)$/.exec(line);
      if (p) producers.push(p[1]);
    }
    assert.deepEqual(sorted(names), m.sources("host"));
    assert.equal(producers.length, names.length);
    for (const p of producers) assert.match(p, / -std=c99( |$)/, p);
  });

  // make builds: [what, manifest build, goal]
  const nb = path.join(root, "build", "net");
  const eb = path.join(root, "build", "emu");
  const rb = path.join(root, "build", "regexp");
  const makeBuilds: [string, string, string][] = [
    ["cmocka core tests", "core", path.join(root, "build", "core-tests", "asan", "test_value")],
    ["emulated core smoke test (lx106)", "core", path.join(eb, "lx106", "core_smoke.elf")],
    ["cmocka net tests", "net", path.join(nb, "test_http")],
    ["C test server", "net", path.join(nb, "c_server")],
    ["C test client (valgrind build)", "net", path.join(nb, "c_client_plain")],
    ["TLS tool", "net", path.join(nb, "tls_tool")],
    ["TLS tool without TLS", "net-notls", path.join(nb, "tls_tool_notls")],
    ["HTTP request fuzzer", "net", path.join(nb, "fuzz_http")],
    ["TLS client fuzzer", "net", path.join(nb, "fuzz_tls_client")],
    ["cmocka RegExp tests", "regexp", path.join(rb, "asan", "test_regexp")],
    ["RegExp fuzzer", "regexp", path.join(rb, "fuzz_regexp")],
    ["RegExp literal check", "regexp", path.join(rb, "regexp-check")],
    ["simulation port (host)", "sim", path.join(eb, "host", "sim_http_server")],
    ["simulation port (lx106)", "sim", path.join(eb, "lx106", "sim_http_server.elf")],
    ["simulation port (rv32)", "sim", path.join(eb, "rv32", "sim_http_server.elf")],
  ];
  for (const [what, build, goal] of makeBuilds) {
    it(`make: ${what} compiles the "${build}" build with its flags`, async () => {
      const r = await run("make", ["--no-print-directory", "-n", "-B", goal], { cwd: root, timeoutMs: 60_000 });
      assert.equal(r.code, 0, r.stderr);
      const want = expected(build);
      const seen = new Map<string, string[]>();
      for (const line of r.stdout.split("\n")) {
        const words = line.trim().split(/\s+/);
        const srcs = words.filter((w) => w.endsWith(".c") && isRuntimeOrThirdParty(w, build));
        for (const s of srcs) seen.set(s, words);
      }
      assert.deepEqual(sorted(seen.keys()), sorted(want.keys()), "sources compiled");
      for (const [src, words] of seen) {
        const flags = want.get(src)!;
        const missing = flags.filter((f) => !words.includes(f));
        assert.deepEqual(missing, [], `${src}: flags of the manifest missing from its command`);
        if (!flags.includes("-pedantic")) assert.ok(!words.includes("-pedantic"), `${src} is not built -pedantic`);
      }
    });
  }

  // The ESP-IDF functions the component calls, stood in for: each records what it is given.
  const standIns = `
function(idf_build_get_property var prop)
    set(\${var} \${MOCK_TARGET} PARENT_SCOPE)
endfunction()
macro(idf_component_register)
    cmake_parse_arguments(reg "" "" "SRCS;INCLUDE_DIRS;REQUIRES;PRIV_REQUIRES" \${ARGN})
    set(COMPONENT_LIB mock_runtime)
    foreach(s \${reg_SRCS})
        file(APPEND \${RESULT} "src \${s}\\n")
    endforeach()
endmacro()
function(set_source_files_properties)
    cmake_parse_arguments(p "" "" "PROPERTIES" \${ARGN})
    list(SUBLIST p_PROPERTIES 1 -1 opts)
    foreach(s \${p_UNPARSED_ARGUMENTS})
        file(APPEND \${RESULT} "opts \${s} \${opts}\\n")
    endforeach()
endfunction()
function(target_compile_definitions)
endfunction()
file(WRITE \${RESULT} "")
include(\${RUNTIME}/CMakeLists.txt)
`;
  for (const target of ["esp32", "esp8266"]) {
    it(`ESP-IDF component (${target}): SRCS and COMPILE_OPTIONS are the "esp-idf" build's`, async () => {
      const dir = path.join(workDir, "manifest", target);
      fs.mkdirSync(dir, { recursive: true });
      const script = path.join(dir, "probe.cmake");
      const result = path.join(dir, "result.txt");
      fs.writeFileSync(script, standIns);
      const r = await run(
        "cmake",
        [`-DMOCK_TARGET=${target}`, `-DRUNTIME=${runtimeDir}`, `-DRESULT=${result}`, "-P", script],
        { timeoutMs: 60_000 },
      );
      assert.equal(r.code, 0, r.stderr);
      const lines = fs.readFileSync(result, "utf8").split("\n");
      const srcs = lines.filter((l) => l.startsWith("src ")).map((l) => l.slice(4));
      const want = expected("esp-idf");
      assert.deepEqual(sorted(srcs), sorted(want.keys()), "SRCS");
      const opts = new Map(
        lines.filter((l) => l.startsWith("opts ")).map((l) => l.slice(5).split(" ") as [string, string]),
      );
      for (const [src, flags] of want) assert.equal(opts.get(src), flags.join(";"), `COMPILE_OPTIONS of ${src}`);
    });
  }
});
