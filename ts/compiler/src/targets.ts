/**
 * Builds for the targets other than the host:
 *   qemu-lx106, qemu-rv32  the app on the runtime's simulation port (port/sim), cross-compiled through
 *                          mk/emu.mk and run under QEMU with semihosting;
 *   esp32, esp32c3, esp8266  firmware in the ESP-IDF container of the package's Dockerfile, with the
 *                          app's folder mounted into it (the generated C, www/ and the secrets).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BuildError } from "./build";
import { packageRoot } from "./load";
import { Project } from "./platform";

export type QemuTarget = "qemu-lx106" | "qemu-rv32";
export type Chip = "esp32" | "esp32c3" | "esp8266";

const emuBuild = path.join(packageRoot, "build", "emu");
const arch = (t: QemuTarget) => (t === "qemu-lx106" ? "lx106" : "rv32");

/** Debian packages of the emulated builds (scripts/install-deps.sh installs them with make deps). */
const emuPackages = [
  "gcc-xtensa-lx106",
  "picolibc-xtensa-lx106-elf",
  "gcc-riscv64-unknown-elf",
  "picolibc-riscv64-unknown-elf",
  "qemu-system-misc",
  "gcc-12-source",
];

/** Where the generated C of an app goes for the emulated build: one folder per app file. */
export function qemuCFile(appFile: string): string {
  const abs = path.resolve(appFile);
  const key = crypto.createHash("sha1").update(abs).digest("hex").slice(0, 10);
  return path.join(emuBuild, "gen", "user", key, path.basename(abs).replace(/\.tsx?$/, "") + ".c");
}

/** True when the runtime's libraries for the target are not built yet. */
export const qemuRuntimeIsCold = (t: QemuTarget) => !fs.existsSync(path.join(emuBuild, arch(t), "librt_net.a"));

/** The ELF mk/emu.mk links from generated C under build/emu/gen. */
export function qemuElf(cFile: string, t: QemuTarget): string {
  const rel = path.relative(path.join(emuBuild, "gen"), cFile).replace(/\.c$/, "");
  return path.join(emuBuild, arch(t), "ts", `${rel}.elf`);
}

/**
 * Cross-compiles generated C (from qemuCFile) with the simulation runtime; returns the ELF. An app
 * that uses a RegExp (`parts`) links the regexp part and PCRE2 (without Unicode when `noUnicode`):
 * its C goes to gen/rx/ or gen/rxnu/, which mk/regexp.mk links so.
 */
export function linkQemu(cFile: string, t: QemuTarget, parts: readonly string[] = [], noUnicode = false): string {
  const regexp = parts.includes("regexp");
  if (regexp) {
    const gen = path.join(emuBuild, "gen");
    const rx = path.join(gen, noUnicode ? "rxnu" : "rx", path.relative(gen, cFile));
    fs.mkdirSync(path.dirname(rx), { recursive: true });
    fs.copyFileSync(cFile, rx);
    cFile = rx;
  }
  const elf = qemuElf(cFile, t);
  const r = spawnSync(
    "make",
    // .SECONDARY: keep the app's object, which `tsfw size` reads
    [
      "--no-print-directory",
      "--eval=.SECONDARY:",
      "-f",
      // mk/regexp.mk's rules come with the top Makefile, which includes every mk/*.mk
      path.join(packageRoot, ...(regexp ? ["Makefile"] : ["mk", "emu.mk"])),
      `EMU_BUILD=${emuBuild}`,
      elf,
    ],
    { encoding: "utf8", cwd: packageRoot },
  );
  if (r.error) throw new BuildError(`cannot run make: ${r.error.message}`, ["make"]);
  if (r.status !== 0) {
    const out = `${r.stdout}\n${r.stderr}`;
    if (/(gcc|qemu\S*|ar): (No such file|not found)|command not found|gcc-12-source is missing/.test(out))
      throw new BuildError(`the ${arch(t)} cross toolchain is not installed`, emuPackages);
    throw new BuildError(`make failed (exit ${r.status}):\n${out.split("\n").slice(-30).join("\n")}`);
  }
  return elf;
}

/**
 * The QEMU command that runs an ELF of the simulation port: the program's arguments are the sim's
 * SCRIPT and OUTPUT (tests/emu/qemu-run.sh explains the semihosting argument lists).
 */
export function qemuCommand(t: QemuTarget, elf: string, args: string[]): { cmd: string; args: string[] } {
  // QEMU option values escape a comma by doubling it
  const q = (a: string) => `,arg=${a.replace(/,/g, ",,")}`;
  const common = ["-display", "none", "-serial", "none", "-monitor", "none", "-nodefaults", "-no-reboot"];
  if (t === "qemu-lx106") {
    const list = [path.basename(elf), ...args].map(q).join("");
    return {
      cmd: "qemu-system-xtensa",
      args: [
        "-M",
        "sim",
        "-cpu",
        "lx106",
        ...common,
        "-semihosting-config",
        `enable=on,target=native${list}`,
        "-kernel",
        elf,
      ],
    };
  }
  const bad = args.find((a) => /\s/.test(a));
  if (bad !== undefined) throw new Error(`qemu-rv32 arguments cannot contain spaces: '${bad}'`);
  return {
    cmd: "qemu-system-riscv32",
    args: [
      "-M",
      "virt",
      "-bios",
      "none",
      ...common,
      "-semihosting-config",
      `enable=on,target=native${args.map(q).join("")}`,
      "-kernel",
      elf,
    ],
  };
}

/** The cross `size` of a target (text, data and bss of a file). */
export function sizeOf(t: QemuTarget | "host", file: string): { text: number; data: number; bss: number } {
  const tool = t === "host" ? "size" : t === "qemu-lx106" ? "xtensa-lx106-elf-size" : "riscv64-unknown-elf-size";
  const r = spawnSync(tool, [file], { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new BuildError(`${tool} failed: ${r.error?.message ?? r.stderr}`, emuPackages);
  const m = /^\s*(\d+)\s+(\d+)\s+(\d+)/m.exec(r.stdout.split("\n")[1] ?? "");
  if (!m) throw new BuildError(`${tool} printed: ${r.stdout}`);
  return { text: Number(m[1]), data: Number(m[2]), bss: Number(m[3]) };
}

/** The app's own object file beside the ELF that mk/emu.mk linked. */
export function qemuAppObject(elf: string, t: QemuTarget): string {
  const rel = path.relative(path.join(emuBuild, arch(t), "ts"), elf).replace(/\.elf$/, ".o");
  return path.join(emuBuild, arch(t), "obj", "ts", rel);
}

// ------------------------------------------------------------------ firmware

const docker = () => process.env.DOCKER ?? "docker";
const image = (chip: Chip) => (chip === "esp8266" ? "tsfw-esp8266" : "tsfw-esp32");

/** Fails with what to do when there is no usable Docker. */
export function needDocker(verb: string): void {
  const r = spawnSync(docker(), ["info"], { encoding: "utf8" });
  if (r.error)
    throw new FirmwareError(
      `'${verb}' for a chip needs Docker (the firmware is built in the ESP-IDF image of the package's Dockerfile), ` +
        `and '${docker()}' is not installed: see https://docs.docker.com/engine/install/debian/`,
    );
  if (r.status !== 0)
    throw new FirmwareError(
      `'${verb}' for a chip needs a running Docker engine; '${docker()} info' fails:\n${r.stderr.trim()}`,
    );
}

/** A firmware step that cannot run here (no Docker, no serial port): exit code 3 with the fix. */
export class FirmwareError extends Error {}

/** The folder of a chip's build inside the project (ignored by git). */
export const firmwareDir = (project: Project, chip: Chip) => path.join(project.dir, "build", chip);

/** Wi-Fi settings: TSFW_WIFI_SSID/TSFW_WIFI_PASSWORD, else secrets.json of the project (git-ignored). */
export function wifiSettings(project: Project): { ssid?: string; password?: string } {
  const file = path.join(project.dir, "secrets.json");
  let secrets: { wifi?: { ssid?: string; password?: string } } = {};
  if (fs.existsSync(file)) {
    try {
      secrets = JSON.parse(fs.readFileSync(file, "utf8")) as typeof secrets;
    } catch (e) {
      throw new FirmwareError(`${file}: ${(e as Error).message}`);
    }
  }
  return {
    ssid: process.env.TSFW_WIFI_SSID ?? secrets.wifi?.ssid,
    password: process.env.TSFW_WIFI_PASSWORD ?? secrets.wifi?.password,
  };
}

const kconfigString = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * Prepares build/<chip>/ of the project for the container: fs/ (the project's www folder beside the
 * package's ca.pem) and sdkconfig.tsfw (Wi-Fi, log level). The generated C is already app.c there.
 */
export function stageFirmware(project: Project, chip: Chip, logLevel: string | undefined): void {
  const dir = firmwareDir(project, chip);
  const fsDir = path.join(dir, "fs");
  fs.rmSync(fsDir, { recursive: true, force: true });
  fs.mkdirSync(fsDir, { recursive: true });
  const www = path.join(project.dir, project.config.fs ?? "www");
  if (fs.existsSync(www)) fs.cpSync(www, path.join(fsDir, path.basename(www)), { recursive: true });
  fs.copyFileSync(path.join(packageRoot, "fs", "ca.pem"), path.join(fsDir, "ca.pem"));
  const wifi = wifiSettings(project);
  const lines = [
    ...(wifi.ssid !== undefined ? [`CONFIG_TSFW_WIFI_SSID=${kconfigString(wifi.ssid)}`] : []),
    ...(wifi.password !== undefined ? [`CONFIG_TSFW_WIFI_PASSWORD=${kconfigString(wifi.password)}`] : []),
    ...(logLevel !== undefined ? [`CONFIG_TSFW_LOG_LEVEL=${logLevelNumber(logLevel)}`] : []),
  ];
  fs.writeFileSync(path.join(dir, "sdkconfig.tsfw"), lines.join("\n") + "\n", { mode: 0o600 });
}

const logLevels = ["error", "warn", "info", "debug"];
function logLevelNumber(level: string): number {
  const n = logLevels.indexOf(level);
  if (n < 0) throw new FirmwareError(`unknown log level '${level}' (error, warn, info or debug)`);
  return n;
}

/** The docker commands of a chip's build, flash or monitor, each as an argument list. */
export function firmwareCommands(project: Project, chip: Chip, action: "build" | "flash", port: string): string[][] {
  const inApp = (p: string) => `/app/${path.relative(project.dir, p)}`;
  const dir = firmwareDir(project, chip);
  const idfDir = chip === "esp8266" ? "/work/firmware/esp8266" : "/work";
  const defaults = `${idfDir}/sdkconfig.defaults;${inApp(path.join(dir, "sdkconfig.tsfw"))}`;
  const idf =
    `idf.py -C ${idfDir} -B ${inApp(path.join(dir, "idf"))} -D SDKCONFIG=${inApp(path.join(dir, "sdkconfig"))} ` +
    `-D SDKCONFIG_DEFAULTS="${defaults}"`;
  const script =
    action === "build"
      ? chip === "esp8266"
        ? `${idf} build`
        : `${idf} set-target ${chip} build`
      : chip === "esp8266"
        ? `${idf} -p ${port} flash && python $IDF_PATH/components/esptool_py/esptool/esptool.py --chip esp8266 ` +
          `-p ${port} write_flash 0x100000 ${inApp(path.join(dir, "idf", "storage.bin"))}`
        : `${idf} -p ${port} flash`;
  const run = [
    docker(),
    "run",
    "--rm",
    "-v",
    `${project.dir}:/app`,
    "-e",
    `TSFW_APP_C=${inApp(path.join(dir, "app.c"))}`,
    "-e",
    `TSFW_FS_DIR=${inApp(path.join(dir, "fs"))}`,
    ...(action === "flash" ? ["--device", port] : []),
    image(chip),
    "bash",
    "-c",
    `set -e; ${script}`,
  ];
  const buildImage = [
    docker(),
    "build",
    "--target",
    chip === "esp8266" ? "esp8266" : "esp32",
    "-t",
    image(chip),
    packageRoot,
  ];
  return [buildImage, run];
}

/** The firmware image a chip's build writes. */
export const firmwareImage = (project: Project, chip: Chip) =>
  path.join(firmwareDir(project, chip), "idf", chip === "esp8266" ? "tsfw_app_esp8266.bin" : "tsfw_app.bin");
