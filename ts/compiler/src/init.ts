/** `tsfw init [dir]`: a new project with a small working server, ready for the editor, git and the device. */
import fs from "node:fs";
import path from "node:path";

const mainTs = `// A small server: /api/hello answers with JSON, everything else comes from www/.
// Device.listen and Device.www are set per target in tsfw.json: 127.0.0.1:8000 and
// www on this machine, 0.0.0.0:80 and /spiffs/www on a chip.
const server = Http.createServer((req, res) => {
  if (req.path === "/api/hello") {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end({ hello: "world", target: Device.target });
  } else {
    res.serve({ document_root: Device.www });
  }
}).listen(Device.listen);

server.on("error", (id) => {
  print("server error on connection", id);
});

print(\`listening on http://\${Device.listen}/\`);
`;

const indexHtml = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>tsfw app</title></head>
<body>
<h1>It works</h1>
<p>This page is www/index.html. <a href="/api/hello">/api/hello</a> is answered by src/main.ts.</p>
</body>
</html>
`;

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022"],
    // the device API's globals (tsfw's "types"), and nothing from node or the DOM
    types: ["tsfw"],
    module: "ESNext",
    moduleResolution: "Bundler",
    moduleDetection: "force",
    strict: true,
    noEmit: true,
  },
  include: ["src"],
};

const tsfwJson = {
  app: "src/main.ts",
  target: "host",
  port: "/dev/ttyUSB0",
  fs: "www",
  log: "warn",
  listen: {
    host: "127.0.0.1:8000",
    "qemu-lx106": "127.0.0.1:8000",
    "qemu-rv32": "127.0.0.1:8000",
    esp32: "0.0.0.0:80",
    esp32c3: "0.0.0.0:80",
    esp8266: "0.0.0.0:80",
  },
};

const gitignore = `node_modules/
out/
build/
generated/
# Wi-Fi credentials for tsfw build/flash --target esp32 (see secrets.example.json)
secrets.json
`;

const secretsExample = {
  wifi: { ssid: "my-network", password: "my-password" },
};

/** Creates the project in `dir`; returns the files written. Refuses to overwrite an app or a tsfw.json. */
export function initProject(dir: string, tsfwVersion: string): string[] {
  const abs = path.resolve(dir);
  for (const f of ["tsfw.json", "src/main.ts"])
    if (fs.existsSync(path.join(abs, f)))
      throw new InitError(`${path.join(dir, f)} already exists; nothing was written`);
  const written: string[] = [];
  const write = (rel: string, text: string) => {
    const p = path.join(abs, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    written.push(rel);
  };
  const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";
  write("src/main.ts", mainTs);
  if (!fs.existsSync(path.join(abs, "www"))) write("www/index.html", indexHtml);
  if (!fs.existsSync(path.join(abs, "tsconfig.json"))) write("tsconfig.json", json(tsconfig));
  write("tsfw.json", json(tsfwJson));
  write("secrets.example.json", json(secretsExample));
  const ignore = path.join(abs, ".gitignore");
  if (!fs.existsSync(ignore)) write(".gitignore", gitignore);
  else if (!/^secrets\.json$/m.test(fs.readFileSync(ignore, "utf8"))) {
    fs.appendFileSync(ignore, `\n${gitignore}`);
    written.push(".gitignore");
  }
  write("package.json", json(packageJson(abs, tsfwVersion)));
  return written;
}

/** The project's package.json: tsfw as a dev dependency and the build/run/sim scripts, merged into one that exists. */
function packageJson(dir: string, tsfwVersion: string): Record<string, unknown> {
  const file = path.join(dir, "package.json");
  const pkg = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>)
    : {
        name: path
          .basename(dir)
          .toLowerCase()
          .replace(/[^a-z0-9._-]/g, "-"),
        version: "0.1.0",
        private: true,
      };
  const scripts = (pkg.scripts ?? {}) as Record<string, string>;
  pkg.scripts = { ...scripts, build: "tsfw build", run: "tsfw run", sim: "tsfw sim" };
  const dev = (pkg.devDependencies ?? {}) as Record<string, string>;
  const deps = (pkg.dependencies ?? {}) as Record<string, string>;
  if (!dev.tsfw && !deps.tsfw) pkg.devDependencies = { ...dev, tsfw: `^${tsfwVersion}` };
  else if (deps.tsfw && !dev.tsfw) {
    // an `npm install tsfw` put it among the dependencies: the device never needs it at run time
    pkg.devDependencies = { ...dev, tsfw: deps.tsfw };
    delete deps.tsfw;
    if (!Object.keys(deps).length) delete pkg.dependencies;
  }
  return pkg;
}

export class InitError extends Error {}
