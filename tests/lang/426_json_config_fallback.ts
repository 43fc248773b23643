// A device reads its settings; bad text falls back to the defaults, caught as a SyntaxError.
interface Settings {
  name: string;
  interval: number;
  sensors: string[];
}
const defaults: Settings = { name: "unnamed", interval: 60, sensors: [] };

function load(text: string): Settings {
  try {
    const s = JSON.parse(text) as Settings;
    return { ...defaults, ...s };
  } catch (e) {
    if (e instanceof SyntaxError) {
      console.log("bad settings:", e.message);
      return defaults;
    }
    throw e;
  }
}
const stored = [
  '{"name":"porch","interval":15,"sensors":["t","h"]}',
  '{"name":"attic","interval":30,"sensors":[]',
  "",
  '{"name":"shed","interval":5,"sensors":["door"]}',
];
for (const text of stored) {
  const s = load(text);
  console.log(s.name, s.interval, s.sensors.join("+") || "-");
}
