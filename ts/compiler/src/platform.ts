/**
 * Build targets and the per-target settings of an app's tsfw.json, which the app reads as the
 * compile-time constants Device.target, Device.listen and Device.www (ts/lib/device.d.ts).
 */
import fs from "node:fs";
import path from "node:path";

/** Every target `tsfw build --target` knows; "node" is the Node shim (`tsfw sim`). */
export const targets = ["host", "qemu-lx106", "qemu-rv32", "esp32", "esp32c3", "esp8266"] as const;
export type Target = (typeof targets)[number] | "node";

export const isTarget = (t: string): t is (typeof targets)[number] => (targets as readonly string[]).includes(t);
export const isChip = (t: Target): t is "esp32" | "esp32c3" | "esp8266" =>
  t === "esp32" || t === "esp32c3" || t === "esp8266";

/** What the app reads through Device.*. */
export interface Platform {
  target: Target;
  /** The address the app listens on: "127.0.0.1:8000" on the host, "0.0.0.0:80" on a chip. */
  listen: string;
  /** The folder the app serves files from: "www" on the host, "/spiffs/www" on a chip. */
  www: string;
}

/** tsfw.json: the project's settings, all optional. */
export interface ProjectConfig {
  /** The app's entry file, relative to tsfw.json (default src/main.ts). */
  app?: string;
  /** The target of build/run/size when --target is not given (default host). */
  target?: string;
  /** The serial port of flash and monitor. */
  port?: string;
  /** The folder that goes into the device's filesystem image (default www). */
  fs?: string;
  /** The runtime's log level on a chip (error, warn, info, debug); TSFW_LOG sets it on the host. */
  log?: string;
  /** The listen address per target, e.g. {"host": "127.0.0.1:8000", "esp32": "0.0.0.0:80"}. */
  listen?: Record<string, string>;
}

export interface Project {
  /** The folder of tsfw.json (or of the app when there is none). */
  dir: string;
  config: ProjectConfig;
  /** Absent when there is no tsfw.json. */
  file?: string;
}

/** Finds tsfw.json in `from` or above it; errors name the file. */
export function findProject(from: string): Project {
  let dir = path.resolve(from);
  for (;;) {
    const file = path.join(dir, "tsfw.json");
    if (fs.existsSync(file)) {
      let config: ProjectConfig;
      try {
        config = JSON.parse(fs.readFileSync(file, "utf8")) as ProjectConfig;
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
      if (typeof config !== "object" || config === null || Array.isArray(config))
        throw new Error(`${file}: expected an object`);
      return { dir, config, file };
    }
    if (path.dirname(dir) === dir) return { dir: path.resolve(from), config: {} };
    dir = path.dirname(dir);
  }
}

/** Device.* for one target of a project. */
export function platformOf(project: Project, target: Target): Platform {
  const chip = isChip(target);
  const listen = project.config.listen ?? {};
  return {
    target,
    listen: listen[target] ?? (chip ? listen.device : listen.host) ?? (chip ? "0.0.0.0:80" : "127.0.0.1:8000"),
    www: chip ? `/spiffs/${path.basename(project.config.fs ?? "www")}` : (project.config.fs ?? "www"),
  };
}

export const hostPlatform: Platform = { target: "host", listen: "127.0.0.1:8000", www: "www" };
