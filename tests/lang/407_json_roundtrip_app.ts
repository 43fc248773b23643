// A device-style settings store: parse a stored document, merge an update, write it back.
interface Settings {
  interval: number;
  targets: { host: string; port: number }[];
  labels: Record<string, string>;
  debug?: boolean;
}

const stored = '{"interval":30,"targets":[{"host":"a.local","port":80}],"labels":{"room":"hall"}}';
const update = '{"interval":10,"targets":[{"host":"b.local","port":8080},{"host":"c.local","port":443}],"labels":{"floor":"1"},"debug":true}';

function merge(base: Settings, patch: Settings): Settings {
  const labels: Record<string, string> = { ...base.labels };
  for (const [k, v] of Object.entries(patch.labels)) labels[k] = v;
  return {
    interval: Math.min(base.interval, patch.interval),
    targets: [...base.targets, ...patch.targets],
    labels,
    debug: patch.debug ?? base.debug,
  };
}

const base: Settings = JSON.parse(stored);
const patch: Settings = JSON.parse(update);
const merged = merge(base, patch);
const out = JSON.stringify(merged, null, 2);
console.log(out);
const again = JSON.parse(out) as Settings;
console.log(again.targets.map((t) => `${t.host}:${t.port}`).join(" "), again.debug, Object.keys(again.labels));
console.log(JSON.stringify(again) === JSON.stringify(merged));
