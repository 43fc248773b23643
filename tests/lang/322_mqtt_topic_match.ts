// MQTT topic filters (+ and #) turned into RegExps, and topic names checked before publishing.
function filterToRegExp(filter: string): RegExp {
  const body = filter
    .split("/")
    .map((level, i, all) => {
      if (level === "+") return "[^/]*";
      if (level === "#" && i === all.length - 1) return i === 0 ? ".*" : "?.*";
      return level.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/")
    .replace(/\/\?\.\*$/, "(?:/.*)?");
  return new RegExp(`^${body}$`);
}
const validTopic = /^(?!\/)(?!.*\/\/)[^#+\u0000]{1,256}$/;
const filters = ["home/+/temp", "home/#", "home/kitchen/+", "+/+/status", "#", "sensors/a.b/+"];
const topics = ["home/kitchen/temp", "home/bath/temp", "home", "home/kitchen/light/state", "dev/x/status", "sensors/a.b/1", "sensors/aXb/1"];
for (const f of filters) {
  const re = filterToRegExp(f);
  print(f.padEnd(16), String(re).padEnd(30), topics.filter((t) => re.test(t)).join(" "));
}
print(["a/b", "/a", "a//b", "a/+/b", "ok/topic", "x#"].map((t) => `${t}:${validTopic.test(t)}`).join(" "));
