// A string[] read past its end, a map's missing value asserted with `!`, or a string field never
// set is undefined, though typed as a string: using it as a string throws node's TypeError, which
// a try catches, instead of crashing the device.
const a: string[] = ["x"];
const u = a[7];
function t(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "caught", (e as Error).name, (e as Error).message);
  }
}
t("upper", () => a[3].toUpperCase());
t("indexOf", () => u.indexOf("q"));
t("slice", () => u.slice(1));
t("length", () => u.length);
t("unit", () => u[0]);
t("at", () => u.at(0));
t("split", () => u.split(","));
t("charCodeAt", () => u.charCodeAt(0));
t("concat", () => u + "!");
t("template", () => `${u}`);
t("compare", () => u < "b");
t("equal", () => u === "x");
t("nullish", () => u ?? "default");
t("append", () => {
  let s = "p";
  s += u;
  return s;
});
t("switch", () => {
  switch (u) {
    case "x":
      return 1;
    default:
      return 2;
  }
});
t("map key", () => new Map<string, number>([[u, 1]]).get(u));
t("sort", () => [u, "b"].sort());
t("join", () => [u, "b"].join("-"));
t("argument", () => "undefinedx".startsWith(u) && ["p"].includes(u));
t("String", () => String(u) + Number(u) + parseInt(u));
t("typeof", () => typeof u);
const m = new Map<string, string>();
t("map value", () => m.get("q")!.trim());
class Named {
  name!: string;
}
t("field", () => new Named().name.length);
t("after", () => a[0].toUpperCase() + a[0].length);
