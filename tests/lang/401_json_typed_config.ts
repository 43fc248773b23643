// JSON.parse(text) as T and const x: T = JSON.parse(text): the value is checked against T, and
// used with T's properties when it matches.
interface Wifi {
  ssid: string;
  channel: number;
  hidden?: boolean;
}
interface Config {
  name: string;
  version: number;
  wifi: Wifi;
  peers: string[];
  limits: Record<string, number>;
  mode: "station" | "ap";
  notes: string | null;
}

const text = `{
  "name": "kitchen-sensor",
  "version": 3,
  "wifi": { "ssid": "home", "channel": 6 },
  "peers": ["10.0.0.2", "10.0.0.3"],
  "limits": { "temp": 40, "humidity": 80.5 },
  "mode": "station",
  "notes": null
}`;

const cfg = JSON.parse(text) as Config;
console.log(cfg.name, cfg.version + 1, cfg.wifi.ssid, cfg.wifi.channel * 2, cfg.wifi.hidden ?? "visible");
console.log(cfg.peers.map((p) => p.split(".").length).join(","), cfg.mode.toUpperCase(), cfg.notes);
for (const [k, v] of Object.entries(cfg.limits)) console.log(k, v.toFixed(1));

const typed: Config = JSON.parse(text);
console.log(typed.peers.length, JSON.stringify(typed.wifi));

function load(t: string): Wifi {
  return JSON.parse(t);
}
const w = load('{"ssid":"guest","channel":11,"hidden":true,"extra":"kept"}');
console.log(w.ssid, w.channel, w.hidden, JSON.stringify(w));

const nums = JSON.parse("[1, 2.5, -3e2]") as number[];
console.log(nums.reduce((a, b) => a + b, 0));
const pair: [string, number] = JSON.parse('["a", 1]');
console.log(pair[0].repeat(3), pair[1] + 1);
const flag = JSON.parse("false") as boolean;
console.log(!flag);
