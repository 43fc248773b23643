// Load settings from key=value lines with validation; print what was accepted, then throw on a fatal error.
const lines = ["mode=fast", "threads=4", "cache_mb=256", "ratio=0.75", "name=  demo  ", "threads=8", "retries=-1"];
interface Settings {
  mode: "fast" | "safe";
  threads: number;
  cacheMb: number;
  ratio: number;
  name: string;
  retries: number;
}
const s: Settings = { mode: "safe", threads: 1, cacheMb: 64, ratio: 0.5, name: "default", retries: 3 };
const seen = new Set<string>();
for (const line of lines) {
  const [key, rawValue] = line.split("=");
  const value = rawValue.trim();
  if (seen.has(key)) {
    print(`warning: duplicate key ${key}, keeping first value`);
    continue;
  }
  seen.add(key);
  switch (key) {
    case "mode":
      if (value === "fast" || value === "safe") s.mode = value;
      break;
    case "threads":
      s.threads = parseInt(value, 10);
      break;
    case "cache_mb":
      s.cacheMb = Number(value);
      break;
    case "ratio":
      s.ratio = parseFloat(value);
      break;
    case "name":
      s.name = value;
      break;
    case "retries": {
      const n = Number(value);
      if (n < 0) {
        print("settings so far:", s);
        print(`fatal: retries must be >= 0, got ${n}`);
        throw new Error("invalid configuration: retries=" + n);
      }
      s.retries = n;
      break;
    }
  }
  print(`accepted ${key} -> ${JSON.stringify(value)}`);
}
print("final settings:", s);
throw new Error("configuration loaded but marked incomplete");
